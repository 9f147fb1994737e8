package io.crbench.model;

import ai.djl.ndarray.NDArray;

/**
 * A trained module that repairs a {@link FeatureBackbone}'s features at one stage before the rest
 * of the backbone runs on them (e.g. seed 002's AFD-Module): the classifier becomes
 * {@code logitsFrom(enhance(rgb, features(rgb, stage)), stage)}. Implementations hold native
 * resources.
 */
public interface FeatureEnhancer extends AutoCloseable {
    /** Stable id for results, e.g. {@code afd(stage=1,guidance=dct,w=16,fdm=8,ci)}. */
    String id();

    /** The backbone stage whose output it enhances. */
    int stage();

    /**
     * The enhanced features, same shape as {@code features}.
     *
     * @param rgb the RGB batch in [0, 1] the features come from (NCHW)
     * @param features the backbone's features of {@code rgb} at {@link #stage()}
     */
    NDArray enhance(NDArray rgb, NDArray features);

    @Override
    void close();
}
