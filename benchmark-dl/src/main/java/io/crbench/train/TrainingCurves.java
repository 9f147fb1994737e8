package io.crbench.train;

/**
 * How a run went: the training loss of every iteration and, for a run with {@link EarlyStopping},
 * the validation loss of every check (empty otherwise).
 *
 * @param training the loss of every iteration run
 * @param validation the validation loss of every check
 */
public record TrainingCurves(LossCurve training, ValidationCurve validation) {
    /** The curves of a run without validation. */
    public static TrainingCurves of(LossCurve training) {
        return new TrainingCurves(training, ValidationCurve.empty());
    }
}
