package io.crbench.experiment;

import io.crbench.result.ResultRecord;
import java.util.List;

/**
 * Records a classifier's top-1 and top-5 rows for one cell of a grid, through {@link CellRecorder},
 * so every robustness suite writes them alike.
 */
public final class AccuracyRows {
    private AccuracyRows() {
    }

    /** Both accuracies as rows with no published counterpart; {@code reason} says why there is none. */
    public static List<ResultRecord> unpublished(ClassificationScores scores, String paper, String table, String cell,
            String dataset, String method, String degradation, String reason) {
        return List.of(
                CellRecorder.unpublished(scores.top1(), paper, table, cell, dataset, method, degradation, reason),
                CellRecorder.unpublished(scores.top5(), paper, table, cell, dataset, method, degradation, reason));
    }
}
