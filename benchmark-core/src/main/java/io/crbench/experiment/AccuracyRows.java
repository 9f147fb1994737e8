package io.crbench.experiment;

import io.crbench.degradation.Condition;
import io.crbench.result.CellKey;
import io.crbench.result.ResultRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Records a classifier's top-1 and top-5 rows (and, for a compression, the bits per pixel) for one
 * cell of a grid, through {@link CellRecorder}, so every robustness suite writes them alike.
 */
public final class AccuracyRows {
    private AccuracyRows() {
    }

    /**
     * Both accuracies as rows with no published counterpart; {@code reason} says why there is none.
     * When the degradation compressed the images, a third row gives their mean bits per pixel, so
     * every compressed cell can be placed on a rate axis.
     */
    public static List<ResultRecord> unpublished(ClassificationScores scores, CellKey cell, String dataset,
            String method, Condition degradation, String reason) {
        List<ResultRecord> rows = new ArrayList<>(List.of(
                CellRecorder.unpublished(scores.top1(), cell, dataset, method, degradation, reason),
                CellRecorder.unpublished(scores.top5(), cell, dataset, method, degradation, reason)));
        scores.bitsPerPixel().ifPresent(bpp -> rows.add(CellRecorder.unpublished(bpp, cell, dataset, method,
                degradation, "bits per pixel of the compressed inputs (file bytes x 8 / pixels); " + reason)));
        return rows;
    }
}
