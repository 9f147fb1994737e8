package io.crbench.experiment;

import io.crbench.image.Image8;
import io.crbench.restore.Restorer;
import io.crbench.result.TableKey;

/**
 * A restorer's CPU time on one image, recorded ({@link CellRecorder#latency}) as its median and
 * 95th percentile in crbench's own cell {@code <restorer id>/cpu ms per <input> image}: {@value #WARMUP}
 * untimed warm-up passes, then {@value #REPETITIONS} timed ones, the fewest that give the 95th
 * percentile an interval.
 */
public final class RestorerLatency {
    static final int WARMUP = 5;
    static final int REPETITIONS = 72;

    private RestorerLatency() {
    }

    /**
     * Times {@code restorer} on {@code input} and records it.
     *
     * @param inputName what {@code input} is, for the cell and the reason, e.g. {@code 64x64 Y}
     * @param dataset the data set {@code input} comes from
     * @param unpublished why no printed value is compared, appended to the row's reason
     */
    public static void record(Restorer restorer, Image8 input, String inputName, String dataset,
            String unpublished) {
        LatencyMeasurement m = LatencyProbe.measure(restorer.id(), 1, () -> restorer.restore(input), WARMUP,
                REPETITIONS);
        String reason = "CPU inference time of one " + inputName + " image, median and 95th percentile of "
                + REPETITIONS + " timed passes after " + WARMUP + " warm-up passes; " + unpublished;
        CellRecorder.latency(m, TableKey.NONE.cell(restorer.id(), "cpu ms per " + inputName + " image"), dataset,
                restorer.id(), reason);
    }
}
