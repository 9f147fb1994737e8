package io.crbench.baselines.restorers;

import ai.djl.nn.Block;
import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.Scale;
import io.crbench.restore.BlockRestorer;
import io.crbench.train.PixelLosses;
import io.crbench.train.Recipe;
import io.crbench.train.RestorerTrainer;
import io.crbench.train.TrainingJob;
import io.crbench.train.TrainingSet;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * A restoration network trained once per JPEG quality factor with the MSE: its network and
 * schedule per {@link Scale}, and from them the training job, the trained (or cached) restorer
 * and the restorer with user-supplied weights. AR-CNN, DnCNN and U-Net CAR are of this kind.
 *
 * @param name the method's name in ids, e.g. {@code arcnn}
 * @param codeVersion bumped when the network or its training changes, so cached checkpoints are retrained
 * @param network the network of a scale
 * @param recipe the training schedule of a scale
 */
public record PerQualityRestorer(String name, String codeVersion, Function<Scale, Block> network,
        Function<Scale, Recipe> recipe) {
    /** Restorer id, e.g. {@code arcnn(q=10,ci)}. */
    public String id(int quality, Scale scale) {
        return name + "(q=" + quality + "," + scale.name().toLowerCase(Locale.ROOT) + ")";
    }

    /** What to train for JPEG quality {@code quality} on {@code data}. */
    public TrainingJob job(int quality, Scale scale, TrainingSet data) {
        return new TrainingJob(name + "(q=" + quality + ")", () -> network.apply(scale), recipe.apply(scale),
                PixelLosses.mse(), JpegCompression.at(quality), data, codeVersion);
    }

    /**
     * The restorer for JPEG quality {@code quality}, trained on {@link CleanTrainingImages#cbsd68()}
     * or loaded from the checkpoint cache ({@code -Dcrbench.checkpoints}, default
     * {@code ~/.cache/crbench/checkpoints}; {@code -Dcrbench.retrain=true} retrains).
     */
    public BlockRestorer loadOrTrain(int quality, Scale scale) {
        return RestorerTrainer.fromEnvironment().restorer(id(quality, scale),
                job(quality, scale, CleanTrainingImages.cbsd68()));
    }

    /** The restorer for {@code quality} with user-supplied weights of the {@code scale} network. */
    public BlockRestorer fromFile(int quality, Scale scale, Path parametersFile) {
        return RestorerTrainer.restorerFromFile(id(quality, scale), network.apply(scale), parametersFile);
    }
}
