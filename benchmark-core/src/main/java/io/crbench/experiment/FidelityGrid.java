package io.crbench.experiment;

import io.crbench.degradation.Degradation;
import io.crbench.image.Image8;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One set of clean images scored against their degraded versions with fixed metrics, evaluated
 * lazily per degradation and remembered: the fidelity counterpart of {@link ClassifierGrid}, so a
 * suite's per-cell cases and its cross-cell comparisons (Bjøntegaard deltas, gains) share one
 * measurement per grid point and each case can still run alone.
 */
public final class FidelityGrid {
    private final String dataset;
    private final List<Image8> clean;
    private final List<FidelityMetric> metrics;
    private final int cropBorder;
    private final Map<String, FidelityScores> scores = new ConcurrentHashMap<>();

    /**
     * @param dataset mirror folder name of the images, for result rows
     * @param clean the reference images (not copied)
     * @param metrics what every degradation is scored with
     * @param cropBorder pixels left out at each edge by every metric
     */
    public FidelityGrid(String dataset, List<Image8> clean, List<FidelityMetric> metrics, int cropBorder) {
        this.dataset = dataset;
        this.clean = clean;
        this.metrics = List.copyOf(metrics);
        this.cropBorder = cropBorder;
    }

    /** The scores under {@code degradation}, computed on first use ({@link FidelityScores#measure}). */
    public FidelityScores scores(Degradation degradation) {
        return scores.computeIfAbsent(degradation.id(),
                id -> FidelityScores.measure(clean, degradation, metrics, cropBorder));
    }

    public String dataset() {
        return dataset;
    }

    /** The clean images, in the data set's order. */
    public List<Image8> clean() {
        return clean;
    }
}
