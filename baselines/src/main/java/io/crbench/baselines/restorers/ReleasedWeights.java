package io.crbench.baselines.restorers;

import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import io.crbench.nn.Conv2dWeights;
import io.crbench.nn.ConvKernel;
import io.crbench.restore.BlockRestorer;
import io.crbench.restore.ImageTensors;
import io.crbench.restore.LumaRestorer;
import io.crbench.train.TrainingRun;
import java.util.List;

/** A network given its authors' released kernels instead of being trained here. */
final class ReleasedWeights {
    private ReleasedWeights() {
    }

    /**
     * The one-channel (Y) restorer {@code id} running {@code network}, whose convolutions (the
     * {@link Conv2d} children of {@code convolutions}, in order) get {@code kernels}.
     */
    static LumaRestorer restorer(String id, Block network, Block convolutions, List<ConvKernel> kernels) {
        return new LumaRestorer(id, model(id, network, convolutions, kernels, 1));
    }

    /** The RGB restorer {@code id}, as {@link #restorer} but on three channels. */
    static BlockRestorer colourRestorer(String id, Block network, Block convolutions, List<ConvKernel> kernels) {
        return new BlockRestorer(id, model(id, network, convolutions, kernels, ImageTensors.CHANNELS));
    }

    /** The model of {@code network} with {@code kernels} written in; closed when loading fails. */
    private static Model model(String id, Block network, Block convolutions, List<ConvKernel> kernels, int channels) {
        Model model = TrainingRun.newModel(id, network);
        try {
            network.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, channels, 16, 16));
            int k = 0;
            for (Block child : convolutions.getChildren().values()) {
                if (child instanceof Conv2d c) {
                    Conv2dWeights.write(kernels.get(k++), c);
                }
            }
            return model;
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }
}
