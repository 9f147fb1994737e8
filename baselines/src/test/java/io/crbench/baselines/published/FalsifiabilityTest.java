package io.crbench.baselines.published;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.reproduction.Comparison;
import io.crbench.reproduction.Measurement;
import io.crbench.reproduction.PublishedValue;
import io.crbench.result.MetricId;
import io.crbench.result.RecordedBaselines;
import io.crbench.result.ResultRecord;
import io.crbench.result.TableKey;
import io.crbench.result.Verdict;
import io.crbench.stats.Interval;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every verdict can fail: a plausible wrong result gets an out-of-tolerance verdict for every
 * printed cell (at the paper's own sample, where it measured the same images) and for every
 * accepted row that holds a measurement to a printed cell (with that row's own interval). A cell
 * whose margin or sampling term swallows such an error is named in the failure.
 */
class FalsifiabilityTest {
    private static final Path ACCEPTED = Path.of("recorded/accepted");

    /**
     * An error a broken pipeline plausibly makes, on the scale results are written in: 2 accuracy
     * points, 0.2 dB, 0.01 SSIM, 10 % of a count (a counting convention: biases, batch-norm,
     * re-parameterised or multi-branch form; a 0.11 M count printed to 2 decimals cannot resolve
     * less than 4.5 %), 20 % of a run time.
     */
    static double plausibleError(Unit unit, double value) {
        return switch (unit) {
            case FRACTION, PERCENT -> 0.02;
            case DB -> 0.2;
            case SSIM -> 0.01;
            case MILLIONS, GFLOPS -> 0.1 * Math.abs(value);
            case MILLISECONDS -> 0.2 * Math.abs(value);
        };
    }

    private static boolean fails(PublishedValue published, double measured, double halfWidth, int n) {
        Interval interval = new Interval(measured, measured - halfWidth, measured + halfWidth, 0.95);
        return Comparison.of(new Measurement(MetricId.TOP1, interval, n), published).verdict()
                == Verdict.OUT_OF_TOLERANCE;
    }

    @Test
    void aPlausibleErrorFailsEveryPrintedCellAtThePapersOwnSample() {
        List<String> cannotFail = new ArrayList<>();
        for (PublishedTable table : PublishedTables.all()) {
            for (PublishedCell cell : table.cells()) {
                PublishedValue v = table.publishedValue(cell.row(), cell.column());
                double error = plausibleError(cell.unit(), v.value());
                int n = Math.max(1, v.sample().sameImages());
                if (!fails(v, v.value() + error, 0, n) || !fails(v, v.value() - error, 0, n)) {
                    cannotFail.add(v.describe() + " (margin " + v.margin() + ", plausible error " + error + ")");
                }
            }
        }
        assertThat(cannotFail).as("cells whose margin cannot be exceeded by a plausible error").isEmpty();
    }

    @Test
    void aPlausibleErrorFailsEveryAcceptedComparisonWithItsOwnInterval() {
        List<String> cannotFail = new ArrayList<>();
        int checked = 0;
        for (ResultRecord row : RecordedBaselines.load(ACCEPTED).rows()) {
            if (row.verdict() != Verdict.REPRODUCED && row.verdict() != Verdict.OUT_OF_TOLERANCE) {
                continue;
            }
            Optional<PublishedValue> published = publishedValue(row);
            if (published.isEmpty()) {
                continue;
            }
            checked++;
            PublishedValue v = published.get();
            double error = plausibleError(table(row).unit(cellColumn(row, table(row))), v.value());
            double halfWidth = (row.ciHigh() - row.ciLow()) / 2;
            if (!fails(v, v.value() + error, halfWidth, row.n()) || !fails(v, v.value() - error, halfWidth, row.n())) {
                cannotFail.add(row.key() + " (tolerance " + v.margin() + " + half-width " + halfWidth + " at n=" + row.n()
                        + " vs plausible error " + error + ")");
            }
        }
        assertThat(checked).as("accepted rows compared with a printed cell").isPositive();
        assertThat(cannotFail).as("accepted comparisons that a plausible error would still pass").isEmpty();
    }

    @Test
    void aKnownDeviationExplainsButNeverReproduces() {
        PublishedTable table = PublishedTables.load("003", "2");
        PublishedValue v = table.publishedValue("JPEG", "10");
        assertThat(v.knownDeviation()).isNotNull();

        assertThat(fails(v, v.value() + 0.06, 0.03, 10_000)).isTrue();
    }

    private static PublishedTable table(ResultRecord row) {
        return PublishedTables.load(row.paper(), row.table());
    }

    private static Optional<PublishedValue> publishedValue(ResultRecord row) {
        if (row.paper().equals(TableKey.UNPUBLISHED) || row.published() == null) {
            return Optional.empty();
        }
        PublishedTable table = table(row);
        String column = cellColumn(row, table);
        if (column == null) {
            return Optional.empty();
        }
        String r = row.cell().substring(0, row.cell().length() - column.length() - 1);
        return table.findCell(r, column).map(c -> table.publishedValue(c.row(), c.column()));
    }

    /** The column key the row's cell ends with ({@code row/column}), or null. */
    private static String cellColumn(ResultRecord row, PublishedTable table) {
        for (String column : table.columnKeys()) {
            if (row.cell().endsWith("/" + column) && table.rowKeys().contains(
                    row.cell().substring(0, row.cell().length() - column.length() - 1))) {
                return column;
            }
        }
        return null;
    }
}
