package io.crbench.reports;

import io.crbench.result.ResultRecord;
import java.util.List;

/**
 * A suite whose report entry shows, beside this run's rows, the rows an earlier run recorded in
 * another form (the full replication beside the default run's reduced form), so a reviewer reads
 * the decided claims without rerunning them. {@link ExperimentReportExtension} attaches them as
 * their own table; when none is recorded it says so.
 */
public interface RecordedReference {
    /** What the recorded rows are and where they come from, e.g. the file they were read from. */
    String referenceTitle();

    /** The recorded rows; empty when no such run has been recorded yet. */
    List<ResultRecord> referenceRows();
}
