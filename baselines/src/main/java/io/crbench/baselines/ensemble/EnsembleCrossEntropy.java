package io.crbench.baselines.ensemble;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * The loss of seed 003's ensemble-weight network (§3.2): cross-entropy of the weighted average of
 * the two frozen classifiers' probability vectors, {@code −mean log(w₀·p_org[y] + w₁·p_res[y])}.
 * Only the true class's probability of each classifier matters, so the labels are those two
 * numbers per image: {@code NDList(p_org[y] [N], p_res[y] [N])}; the prediction is the weights
 * [N, 2]. A floor of 10⁻⁸ keeps the logarithm finite when both classifiers give the true class
 * zero probability.
 */
public final class EnsembleCrossEntropy extends Loss {
    /** Name in checkpoint keys and logs. */
    public static final String NAME = "ensemble_cross_entropy";

    public EnsembleCrossEntropy() {
        super(NAME);
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray weights = predictions.singletonOrThrow();
        NDArray clean = labels.get(0).reshape(-1, 1);
        NDArray restored = labels.get(1).reshape(-1, 1);
        NDArray mixed = weights.get(":, 0:1").mul(clean).add(weights.get(":, 1:2").mul(restored));
        return mixed.add(1e-8f).log().mean().neg();
    }
}
