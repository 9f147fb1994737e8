package io.crbench.train;

import ai.djl.Model;
import java.nio.file.Path;

/**
 * A network with trained weights, where they came from and how training went. Owns the DJL model:
 * close it, or hand it to a {@link io.crbench.restore.BlockRestorer} that does.
 *
 * @param model the DJL model, its block holding the weights
 * @param lossCurve the training losses; empty for user-supplied weights
 * @param validationCurve the validation losses of an early-stopped run; empty otherwise
 * @param fromCache whether the weights were loaded rather than trained in this run
 * @param parametersFile the file the weights are stored in
 */
public record TrainedModel(Model model, LossCurve lossCurve, ValidationCurve validationCurve, boolean fromCache,
        Path parametersFile) implements AutoCloseable {
    @Override
    public void close() {
        model.close();
    }
}
