package io.crbench.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Softmax cross-entropy of a classifier trained as a {@link TrainingJob}: its prediction is one
 * logit per class, its labels are those of {@link PatchTargets#withClassLabels} (the clean patch,
 * then the class index of each patch's source image). Written with log-softmax instead of DJL's
 * {@code SoftmaxCrossEntropyLoss}, whose weight is a constant autograd may read after it was freed
 * (see {@link io.crbench.numerics.Scalars}).
 */
public final class ClassCrossEntropy extends Loss {
    /** The loss's name in checkpoint keys. */
    public static final String NAME = "class_cross_entropy";

    public ClassCrossEntropy() {
        super(NAME);
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray logits = predictions.singletonOrThrow();
        return of(logits, labels.get(1));
    }

    /** The mean cross-entropy of {@code logits} {@code [N, K]} against class indices {@code classes} {@code [N]}. */
    public static NDArray of(NDArray logits, NDArray classes) {
        NDArray oneHot = classes.oneHot((int) logits.getShape().get(1));
        return logits.logSoftmax(1).mul(oneHot).sum(new int[] {1}).neg().mean();
    }
}
