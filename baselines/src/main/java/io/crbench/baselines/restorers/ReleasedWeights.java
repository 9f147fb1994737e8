package io.crbench.baselines.restorers;

import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import io.crbench.nn.Conv2dWeights;
import io.crbench.nn.ConvKernel;
import io.crbench.restore.LumaRestorer;
import io.crbench.train.TrainingRun;
import java.util.List;

/** A one-channel (Y) network given its authors' released kernels instead of being trained here. */
final class ReleasedWeights {
    private ReleasedWeights() {
    }

    /**
     * The restorer {@code id} running {@code network}, whose convolutions (the {@link Conv2d}
     * children of {@code convolutions}, in order) get {@code kernels}; the model is closed when
     * loading fails.
     */
    static LumaRestorer restorer(String id, Block network, Block convolutions, List<ConvKernel> kernels) {
        Model model = TrainingRun.newModel(id, network);
        try {
            network.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 1, 16, 16));
            int k = 0;
            for (Block child : convolutions.getChildren().values()) {
                if (child instanceof Conv2d c) {
                    Conv2dWeights.write(kernels.get(k++), c);
                }
            }
            return new LumaRestorer(id, model);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }
}
