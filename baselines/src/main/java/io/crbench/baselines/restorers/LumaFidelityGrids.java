package io.crbench.baselines.restorers;

import io.crbench.datasets.Datasets;
import io.crbench.datasets.images.ImageFolderDataset;
import io.crbench.experiment.FidelityGrid;
import io.crbench.experiment.FidelityMetric;
import io.crbench.image.YCbCr;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mirror's image folders as the JPEG-deblocking literature scores its restorers on them: the
 * rounded Y planes ({@link YCbCr#lumaImage}), one {@link FidelityGrid} per data set and image step,
 * loaded on first use and kept as long as this object, so each degradation is scored once however
 * many cases ask for it.
 */
public final class LumaFidelityGrids {
    private final List<FidelityMetric> metrics;
    private final int cropBorder;
    private final Map<String, FidelityGrid> grids = new ConcurrentHashMap<>();

    /**
     * @param metrics what every grid scores a degradation with
     * @param cropBorder pixels left out at each edge by every metric
     */
    public LumaFidelityGrids(List<FidelityMetric> metrics, int cropBorder) {
        this.metrics = List.copyOf(metrics);
        this.cropBorder = cropBorder;
    }

    /** Every {@code step}th image of {@code dataset} (a mirror folder name), in name order. */
    public FidelityGrid of(String dataset, int step) {
        return grids.computeIfAbsent(dataset + "|" + step, k -> new FidelityGrid(dataset,
                ImageFolderDataset.load(Datasets.locate(dataset)).everyNth(step).pixels().stream()
                        .map(YCbCr::lumaImage).toList(), metrics, cropBorder));
    }
}
