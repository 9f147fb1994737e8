package io.crbench.evaluate;

import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClassificationScores;
import io.crbench.experiment.LevelHits;
import io.crbench.experiment.RateComparison;
import io.crbench.experiment.RateComparisonRows;
import io.crbench.experiment.StatisticalConventions;
import io.crbench.files.AtomicFiles;
import io.crbench.metric.BjontegaardInterval;
import io.crbench.reports.StandaloneAllureResults;
import io.crbench.reproduction.Measurement;
import io.crbench.result.CellKey;
import io.crbench.result.MetricId;
import io.crbench.result.RecordedBaselines;
import io.crbench.result.ResultJson;
import io.crbench.result.ResultRecord;
import io.crbench.result.RunEnvironment;
import io.crbench.result.TableKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The numbers users of robustness benchmarks expect for one model, from a complete
 * {@link PerImageHits}: per condition top-1 and top-5 (Wilson intervals) and the top-1 drop from
 * clean (paired bootstrap interval over the same images); the worst condition; and, when the grid
 * holds at least two JPEG qualities, the interval mean accuracy over them (seed 003's
 * area-under-the-QF-curve measure). Rows use crbench's results.jsonl vocabulary with
 * paper {@code none}, table {@code robustness} ({@link #TABLE}), the condition's label as the cell.
 */
public final class RobustnessResult {
    /** The table of every row of a robustness run. */
    public static final TableKey TABLE = TableKey.of(TableKey.UNPUBLISHED, "robustness");
    private static final String REASON = "robustness grid of a model under test; no published value";

    private final PerImageHits hits;
    private final List<Condition> conditions;
    private final List<ClassificationScores> scores = new ArrayList<>();
    /** Computed on first use: rows, summary, gate and report all read them, and the bootstraps are not free. */
    private List<Cell> cells;
    private List<RateComparison> rateComparisons;

    private RobustnessResult(PerImageHits hits) {
        this.hits = hits;
        this.conditions = hits.identity().conditions();
        for (int c = 0; c < conditions.size(); c++) {
            scores.add(ClassificationScores.of(hits.top1(c), hits.top5(c)));
        }
    }

    /**
     * The result of a complete run (unsharded, or all shards merged).
     *
     * @throws IllegalArgumentException for a single shard of a sharded run
     */
    public static RobustnessResult of(PerImageHits hits) {
        if (!hits.complete()) {
            throw new IllegalArgumentException("these hits are one shard of a run; merge all shards first");
        }
        return new RobustnessResult(hits);
    }

    /** The per-image hits this result is computed from. */
    public PerImageHits hits() {
        return hits;
    }

    /** The model's id. */
    public String model() {
        return hits.identity().model();
    }

    /** The conditions, clean first. */
    public List<Condition> conditions() {
        return conditions;
    }

    /** Top-1 accuracy under {@code condition}, with its Wilson interval. */
    public Measurement top1(Condition condition) {
        return scores(condition).top1();
    }

    /** Top-5 accuracy under {@code condition}, with its Wilson interval. */
    public Measurement top5(Condition condition) {
        return scores(condition).top5();
    }

    /** Top-1 under {@code reference} minus top-1 under {@code condition}, same images, with its paired interval. */
    public Measurement top1Drop(Condition condition, Condition reference) {
        return scores(condition).top1DropFrom(scores(reference)).difference();
    }

    /** The condition with the largest top-1 drop from clean (the first of equals in grid order). */
    public Condition worst() {
        Condition clean = conditions.get(0);
        return conditions.stream().skip(1)
                .max(Comparator.comparingDouble((Condition c) -> top1Drop(c, clean).value())
                        .thenComparing(c -> -conditions.indexOf(c)))
                .orElse(clean);
    }

    /**
     * The interval mean accuracy over the grid's JPEG qualities (from the lowest to the highest):
     * the mean over images of each image's top-1 hit rate across those qualities, with a bootstrap
     * interval over images; empty when the grid has fewer than two JPEG qualities.
     */
    public Optional<Measurement> intervalMeanAccuracy() {
        List<Condition> jpeg = conditions.stream().filter(c -> c.family().equals(Condition.JPEG))
                .sorted(Comparator.comparingInt(c -> c.levels().get(0))).toList();
        if (jpeg.size() < 2) {
            return Optional.empty();
        }
        boolean[][] correct = new boolean[jpeg.size()][];
        int[] levels = new int[jpeg.size()];
        for (int i = 0; i < jpeg.size(); i++) {
            correct[i] = hits.top1(conditions.indexOf(jpeg.get(i)));
            levels[i] = jpeg.get(i).levels().get(0);
        }
        return Optional.of(new LevelHits(levels, correct).intervalMean(levels[0], levels[levels.length - 1]));
    }

    /**
     * The mean bits per pixel of the compressed images under {@code condition}, with a bootstrap
     * interval over images; empty for a condition that does not compress (clean).
     */
    public Optional<Measurement> bitsPerPixel(Condition condition) {
        double[] rates = hits.bitsPerPixel(index(condition));
        if (Double.isNaN(rates[0])) {
            return Optional.empty();
        }
        return Optional.of(StatisticalConventions.bootstrapMean(MetricId.BPP, rates));
    }

    /**
     * Every codec family of the grid with at least two settings, against JPEG's settings (also at
     * least two), with top-1 as the quality (BD-rate at equal top-1, BD-top-1 at equal rate); none
     * when the grid lacks them.
     */
    public synchronized List<RateComparison> rateComparisons() {
        if (rateComparisons == null) {
            rateComparisons = compareRates();
        }
        return rateComparisons;
    }

    private List<RateComparison> compareRates() {
        Map<String, List<Condition>> byFamily = new LinkedHashMap<>();
        for (Condition c : conditions) {
            if (!c.isClean() && !c.family().equals(Condition.DOUBLE_JPEG)) {
                byFamily.computeIfAbsent(c.family(), f -> new ArrayList<>()).add(c);
            }
        }
        List<Condition> jpeg = byFamily.getOrDefault(Condition.JPEG, List.of());
        List<RateComparison> out = new ArrayList<>();
        if (jpeg.size() < 2) {
            return out;
        }
        BjontegaardInterval.PerImage anchor = perImage(Condition.JPEG, jpeg);
        for (var e : byFamily.entrySet()) {
            if (e.getKey().equals(Condition.JPEG) || e.getValue().size() < 2) {
                continue;
            }
            out.add(RateComparison.between(anchor, perImage(e.getKey(), e.getValue())));
        }
        return out;
    }

    private BjontegaardInterval.PerImage perImage(String family, List<Condition> settings) {
        double[][] rates = settings.stream().map(c -> hits.bitsPerPixel(index(c))).toArray(double[][]::new);
        boolean[][] top1 = settings.stream().map(c -> hits.top1(index(c))).toArray(boolean[][]::new);
        return RateComparison.top1Curve(family, rates, top1);
    }

    /** Every row, in grid order: top-1, top-5, then the drop from clean; the interval mean last. */
    public List<ResultRecord> rows() {
        return cells().stream().map(c -> ResultRecord.unpublished(c.measurement(), c.cell(), hits.identity().dataset(),
                model(), c.degradation(), REASON)).toList();
    }

    /** One row's content: what was measured, for which cell and degradation. */
    private record Cell(Measurement measurement, CellKey cell, io.crbench.degradation.Condition degradation) {
    }

    private synchronized List<Cell> cells() {
        if (cells == null) {
            cells = collectCells();
        }
        return cells;
    }

    private List<Cell> collectCells() {
        List<Cell> cells = new ArrayList<>();
        Condition clean = conditions.get(0);
        for (Condition c : conditions) {
            CellKey cell = TABLE.cell(c.label());
            cells.add(new Cell(top1(c), cell, c.degradation().condition()));
            cells.add(new Cell(top5(c), cell, c.degradation().condition()));
            bitsPerPixel(c).ifPresent(m -> cells.add(new Cell(m, cell, c.degradation().condition())));
            if (!c.isClean()) {
                cells.add(new Cell(top1Drop(c, clean), cell, c.degradation().condition()));
            }
        }
        intervalMeanAccuracy().ifPresent(m -> cells.add(new Cell(m, TABLE.cell("jpeg:" + jpegRange()), jpegInterval())));
        for (RateComparison r : rateComparisons()) {
            CellKey cell = TABLE.cell("bd:" + r.codec() + " vs jpeg");
            var degradation = RateComparisonRows.compared(r.codec() + " vs jpeg(q=" + jpegRange() + ")");
            int n = hits.identity().images();
            r.bdRatePercent().ifPresent(i -> cells.add(new Cell(new Measurement(MetricId.BD_RATE_TOP1_PERCENT, i, n),
                    cell, degradation)));
            r.bdQuality().ifPresent(i -> cells.add(new Cell(new Measurement(MetricId.BD_TOP1, i, n), cell,
                    degradation)));
        }
        return cells;
    }

    /** The JPEG grid's QF interval, over which the interval mean is taken. */
    private io.crbench.degradation.Condition jpegInterval() {
        List<Integer> q = jpegQualities();
        return io.crbench.degradation.Condition.of("jpeg(q=" + jpegRange() + ")", Condition.JPEG)
                .range("q", q.get(0), q.get(q.size() - 1));
    }

    private List<Integer> jpegQualities() {
        return conditions.stream().filter(c -> c.family().equals(Condition.JPEG)).map(c -> c.levels().get(0)).sorted()
                .toList();
    }

    private String jpegRange() {
        List<Integer> q = jpegQualities();
        return q.get(0) + ".." + q.get(q.size() - 1);
    }

    /**
     * Each row that is worse than its accepted row beyond the two rows' combined interval
     * half-widths (crbench's regression gate, {@link RecordedBaselines#regression}), as messages
     * naming the case.
     *
     * @throws IllegalArgumentException when the baseline holds no row of this model on this data
     *     set: a gate that compares nothing would pass anything
     */
    public List<String> regressions(RecordedBaselines baseline) {
        List<ResultRecord> rows = rows();
        if (rows.stream().noneMatch(r -> baseline.accepted(r).isPresent())) {
            throw new IllegalArgumentException("the baseline " + baseline.path() + " holds no row of model '" + model()
                    + "' on data set '" + hits.identity().dataset() + "' (table " + TABLE.table() + "); accept a run of this"
                    + " model first, or give --model-id the baseline's id");
        }
        return rows.stream().map(baseline::regression).flatMap(Optional::stream).toList();
    }

    /**
     * Records every row through {@link CellRecorder} (crbench's suites' path: results.jsonl of the
     * run, and the recorded-baseline gate) from inside a JUnit test.
     */
    public void recordCells() {
        for (Cell c : cells()) {
            CellRecorder.unpublished(c.measurement(), c.cell(), hits.identity().dataset(), model(), c.degradation(),
                    REASON);
        }
    }

    /**
     * Writes {@code results.jsonl}, {@code summary.md}, {@code hits.jsonl} and {@code allure-results/}
     * (render with {@code allure generate}) into {@code dir}, each whole or not at all.
     *
     * @param gate the gate's verdict lines for the summary, or empty when no baseline was given
     */
    public void writeTo(Path dir, Optional<List<String>> gate) {
        Map<String, Object> environment = RunEnvironment.current();
        StringBuilder jsonl = new StringBuilder();
        for (ResultRecord r : rows()) {
            jsonl.append(ResultJson.toLine(r, environment)).append('\n');
        }
        String summary = summary(gate, environment);
        hits.write(dir.resolve(PerImageHits.FILE_NAME));
        AtomicFiles.writeString(dir.resolve("results.jsonl"), jsonl.toString());
        AtomicFiles.writeString(dir.resolve("summary.md"), summary);
        StandaloneAllureResults.write(dir.resolve("allure-results"), "Robustness of " + model() + " on "
                + hits.identity().dataset(), rows(), gate.orElse(List.of()), summary);
    }

    /** The one-page summary in Markdown. */
    public String summary(Optional<List<String>> gate, Map<String, Object> environment) {
        PerImageHits.RunIdentity id = hits.identity();
        StringBuilder s = new StringBuilder();
        s.append("# Robustness of ").append(id.model()).append(" on ").append(id.dataset()).append("\n\n");
        s.append(String.format(Locale.ROOT, "%d images (labels: %s), preprocessing %s, model sha256 %s.%n%n",
                id.images(), id.labelRule(), id.preprocessing(), id.modelSha256()));
        gate.ifPresent(g -> s.append(g.isEmpty() ? "**Gate: passed** (no case worse than the baseline beyond its"
                + " interval).\n\n" : "**Gate: failed** in " + g.size() + " case(s):\n\n" + String.join("\n",
                        g.stream().map(m -> "- " + m).toList()) + "\n\n"));
        Condition clean = conditions.get(0);
        double cleanTop1 = top1(clean).value();
        s.append("| condition | bpp [95% CI] | top-1 [95% CI] | top-5 [95% CI] | top-1 drop [95% CI] | relative drop |\n");
        s.append("|---|---|---|---|---|---|\n");
        for (Condition c : conditions) {
            s.append("| ").append(c.label()).append(" | ").append(bitsPerPixel(c).map(RobustnessResult::cell).orElse(""))
                    .append(" | ").append(cell(top1(c))).append(" | ").append(cell(top5(c)));
            if (c.isClean()) {
                s.append(" | | |\n");
            } else {
                Measurement d = top1Drop(c, clean);
                s.append(" | ").append(cell(d)).append(" | ")
                        .append(cleanTop1 > 0 ? String.format(Locale.ROOT, "%.1f %%", 100 * d.value() / cleanTop1) : "n/a")
                        .append(" |\n");
            }
        }
        if (conditions.size() > 1) {
            Condition w = worst();
            s.append("\nWorst condition: ").append(w.label()).append(" (top-1 drop ").append(cell(top1Drop(w, clean)))
                    .append(").\n");
        }
        intervalMeanAccuracy().ifPresent(m -> s.append("Interval mean accuracy over JPEG q = ").append(jpegRange())
                .append(" (the grid's qualities): ").append(cell(m)).append(".\n"));
        List<RateComparison> rates = rateComparisons();
        if (!rates.isEmpty()) {
            s.append("\n## At equal rate: Bjøntegaard deltas against JPEG\n\n");
            s.append("Top-1 against bits per pixel, piecewise cubic Hermite interpolation over the overlap of the two"
                    + " curves (JPEG q = ").append(jpegRange()).append("), paired bootstrap 95% intervals over images."
                    + " BD-rate < 0: the codec needs fewer bits for the same top-1.\n\n");
            s.append("| codec | BD-rate at equal top-1 [95% CI] | BD-top-1 at equal rate [95% CI] |\n|---|---|---|\n");
            for (RateComparison r : rates) {
                s.append("| ").append(r.codec()).append(" | ")
                        .append(r.bdRatePercent().map(i -> String.format(Locale.ROOT, "%+.1f %% [%+.1f, %+.1f]",
                                i.estimate(), i.low(), i.high())).orElse("none"))
                        .append(" | ").append(r.bdQuality().map(i -> String.format(Locale.ROOT, "%+.4f [%+.4f, %+.4f]",
                                i.estimate(), i.low(), i.high())).orElse("none")).append(" |\n");
            }
            rates.stream().filter(r -> r.refusal().isPresent())
                    .forEach(r -> s.append("\n").append(r.codec()).append(": ").append(r.refusal().get()).append('\n'));
        }
        s.append("\n## Numeric environment\n\n");
        environment.forEach((k, v) -> s.append("- ").append(k).append(": ").append(v).append('\n'));
        return s.toString();
    }

    private static String cell(Measurement m) {
        return String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", m.value(), m.interval().low(), m.interval().high());
    }

    private ClassificationScores scores(Condition condition) {
        return scores.get(index(condition));
    }

    private int index(Condition condition) {
        int c = conditions.indexOf(condition);
        if (c < 0) {
            throw new IllegalArgumentException("condition " + condition.label() + " is not in this run's grid "
                    + conditions.stream().map(Condition::label).toList());
        }
        return c;
    }
}
