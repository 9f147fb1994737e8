package io.crbench.baselines.ensemble;

import io.crbench.degradation.Degraded;
import io.crbench.experiment.DegradedChunks;
import io.crbench.experiment.LevelHits;
import io.crbench.image.Image8;
import io.crbench.model.Classifier;
import io.crbench.restore.Restorer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The networks seed 003's six pipelines are made of (Fig. 1): a restorer, a level estimator, the
 * classifiers of clean, degraded and restored images, and the ensemble-weight network, however
 * they were obtained (trained by {@link RestorationEnsemble}, or a released classifier and its
 * fine-tunings in {@link EnsembleReplication}); and their evaluation. Closing is left to whoever
 * owns the networks.
 *
 * @param kind the degradation the networks are built for
 * @param restorer the restoration network
 * @param estimator the level estimator
 * @param clean Cla(org): the classifier of clean images
 * @param degraded Cla(jpg) / Cla(Gauss): the classifier of degraded images
 * @param restored the classifier of restored images (Seq(res)'s)
 * @param weights the ensemble-weight network
 */
record EnsembleNetworks(DegradationKind kind, Restorer restorer, LevelEstimator estimator, Classifier clean,
        Classifier degraded, Classifier restored, EnsembleWeights weights) {
    /**
     * Every pipeline's top-1 hits on {@code images} at every level of {@code levels}: at each level
     * the images are degraded once ({@link DegradedChunks}, image seed = index, so noise is the same
     * draw in every pipeline), restored once, and every classifier sees the same degraded or
     * restored images. The whole set is one chunk: the weight network then sees every estimated
     * level in one forward pass, the batches the recorded numbers were measured with.
     */
    public PipelineHits evaluate(List<Image8> images, int[] labels, int[] levels) {
        if (images.size() != labels.length || images.isEmpty()) {
            throw new IllegalArgumentException("need one label per test image, got " + images.size() + " images and "
                    + labels.length + " labels");
        }
        int n = images.size();
        Map<Pipeline, boolean[][]> hits = new EnumMap<>(Pipeline.class);
        for (Pipeline p : Pipeline.values()) {
            hits.put(p, new boolean[levels.length][n]);
        }
        for (int l = 0; l < levels.length; l++) {
            int level = l;
            DegradedChunks.forEach(images, kind.at(levels[l]), i -> i, n,
                    (from, chunk) -> judge(chunk.stream().map(Degraded::image).toList(), labels, from, level, hits));
        }
        Map<Pipeline, LevelHits> out = new EnumMap<>(Pipeline.class);
        hits.forEach((p, h) -> out.put(p, new LevelHits(levels, h)));
        return new PipelineHits(kind, out);
    }

    /** The six pipelines' hits on one chunk of degraded images, the inputs {@code from ..} of level index {@code l}. */
    private void judge(List<Image8> degradedImages, int[] labels, int from, int l, Map<Pipeline, boolean[][]> hits) {
        List<Image8> restoredImages = restorer.restoreAll(degradedImages);
        float[][] cleanOnDegraded = Probabilities.softmax(clean.logits(degradedImages));
        float[][] degradedOnDegraded = Probabilities.softmax(degraded.logits(degradedImages));
        float[][] cleanOnRestored = Probabilities.softmax(clean.logits(restoredImages));
        float[][] restoredOnRestored = Probabilities.softmax(restored.logits(restoredImages));
        float[][] w = weights.of(estimator.estimate(degradedImages));
        for (int k = 0; k < degradedImages.size(); k++) {
            int i = from + k;
            int y = labels[i];
            hits.get(Pipeline.CLA_ORG)[l][i] = Probabilities.argmax(cleanOnDegraded[k]) == y;
            hits.get(Pipeline.CLA_DEGRADED)[l][i] = Probabilities.argmax(degradedOnDegraded[k]) == y;
            hits.get(Pipeline.SEQ_ORG)[l][i] = Probabilities.argmax(cleanOnRestored[k]) == y;
            hits.get(Pipeline.SEQ_RES)[l][i] = Probabilities.argmax(restoredOnRestored[k]) == y;
            hits.get(Pipeline.ENS_CLA)[l][i] = largestOfEither(cleanOnDegraded[k], degradedOnDegraded[k]) == y;
            hits.get(Pipeline.PROPOSED)[l][i] =
                    Probabilities.argmax(mix(w[k], cleanOnRestored[k], restoredOnRestored[k])) == y;
        }
    }

    /** Fig. 1-(c)'s decision: the class holding the single largest probability of either classifier. */
    private static int largestOfEither(float[] a, float[] b) {
        int ia = Probabilities.argmax(a);
        int ib = Probabilities.argmax(b);
        return a[ia] >= b[ib] ? ia : ib;
    }

    private static float[] mix(float[] w, float[] a, float[] b) {
        float[] out = new float[a.length];
        for (int k = 0; k < a.length; k++) {
            out[k] = w[0] * a[k] + w[1] * b[k];
        }
        return out;
    }
}
