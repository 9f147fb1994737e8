package io.crbench.train;

/**
 * Training produced a NaN or infinite loss: the learning rate is too high for the method, or its
 * inputs are broken. Names the method and the iteration so the failing recipe can be found.
 */
public final class TrainingDivergedException extends RuntimeException {
    private final String methodId;
    private final int iteration;
    private final float loss;

    public TrainingDivergedException(String methodId, int iteration, float loss) {
        super("training of " + methodId + " diverged at iteration " + iteration + ": loss " + loss);
        this.methodId = methodId;
        this.iteration = iteration;
        this.loss = loss;
    }

    public String methodId() {
        return methodId;
    }

    /** The 1-based iteration whose loss was not finite. */
    public int iteration() {
        return iteration;
    }

    public float loss() {
        return loss;
    }
}
