package io.crbench.reports;

import io.crbench.degradation.Condition;
import io.crbench.result.MetricId;
import io.crbench.result.ResultRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One plot per metric (and kind of level) of a suite's rows: the metric against the level of the
 * row's {@link Condition} (its first numeric level: q of JPEG, σ of noise, T of a chain; for a
 * restored case such as {@code arcnn(q=10,ci)∘jpeg(q=25)}, the level of the degradation applied
 * to the image, not the restorer's training setting), one series per data set and method (and per
 * table row, for cells such as {@code JPEG/10}), with CI bars and the published values as hollow
 * markers. Rows whose condition has no fixed level (identity, a range, a target rate) are left out
 * of the plot; they stay in the table. Levels are read from the row, never parsed from the id.
 */
final class SuitePlots {
    private static final String IDENTITY = "identity";
    private static final Map<String, String> AXIS_NAMES = Map.of(
            "q", "quality (JPEG QF; AVIF, WebP, JPEG XL quality)",
            "q1", "first JPEG quality factor",
            "sigma", "Gaussian noise σ (8-bit scale)",
            "t", "number of compressions T",
            "ratio", "JPEG 2000 compression ratio");

    private SuitePlots() {
    }

    /** PNGs by attachment name ({@code <metric> vs <level>}), in the order the metrics first appear. */
    static Map<String, byte[]> render(String suite, List<ResultRecord> rows) {
        // One plot per metric and level kind: a quality factor and a compression ratio share no axis.
        Map<String, List<ResultRecord>> byPlot = new LinkedHashMap<>();
        for (ResultRecord r : rows) {
            level(r).filter(l -> r.isMeasured()).ifPresent(l ->
                    byPlot.computeIfAbsent(r.metric() + " vs " + l.name(), k -> new ArrayList<>()).add(r));
        }
        Map<String, byte[]> plots = new LinkedHashMap<>();
        byPlot.forEach((name, plotRows) -> {
            String axis = level(plotRows.get(0)).orElseThrow().name();
            String metric = plotRows.get(0).metric();
            LinePlot plot = LinePlot.titled(suite + " — " + metric)
                    .xLabel(AXIS_NAMES.getOrDefault(axis, axis))
                    .yLabel(metric);
            List<Series> series = seriesOf(plotRows);
            series.forEach(plot::series);
            cleanReferences(rows, metric, series).forEach(plot::referenceLine);
            plots.put(name, plot.render());
        });
        plots.putAll(rateCurves(suite, rows));
        return plots;
    }

    /**
     * Each metric measured on compressed inputs against their mean bits per pixel (the {@code bpp}
     * row of the same cell), one series per data set, method and codec family: the rate–accuracy
     * curves on which codecs are compared at equal rate.
     */
    private static Map<String, byte[]> rateCurves(String suite, List<ResultRecord> rows) {
        String bpp = MetricId.BPP.wire();
        Map<String, Double> rateOf = new LinkedHashMap<>();
        for (ResultRecord r : rows) {
            if (r.metric().equals(bpp) && r.isMeasured()) {
                rateOf.put(cellOf(r), r.measured());
            }
        }
        Map<String, Map<String, List<PlotPoint>>> byMetric = new LinkedHashMap<>();
        for (ResultRecord r : rows) {
            Double rate = rateOf.get(cellOf(r));
            if (rate != null && !r.metric().equals(bpp) && r.isMeasured()) {
                String codec = r.condition().family();
                byMetric.computeIfAbsent(r.metric(), m -> new LinkedHashMap<>())
                        .computeIfAbsent(codec + " · " + r.dataset() + " · " + r.method(), k -> new ArrayList<>())
                        .add(new PlotPoint(rate, r.measured(), r.ciLow(), r.ciHigh()));
            }
        }
        Map<String, byte[]> plots = new LinkedHashMap<>();
        byMetric.forEach((metric, series) -> {
            LinePlot plot = LinePlot.titled(suite + " — " + metric + " vs rate").xLabel("bits per pixel").yLabel(metric);
            series.forEach((name, points) -> {
                points.sort(Comparator.comparingDouble(PlotPoint::x));
                plot.series(new Series(name, points));
            });
            plots.put(metric + " vs bpp", plot.render());
        });
        return plots;
    }

    /**
     * The value on unmodified images ({@code identity} rows) of each plotted series that has one,
     * labelled {@code clean} (with the series' name when several series have one).
     */
    private static Map<String, Double> cleanReferences(List<ResultRecord> rows, String metric, List<Series> series) {
        List<String> names = series.stream().map(Series::name).toList();
        Map<String, Double> clean = new LinkedHashMap<>();
        for (ResultRecord r : rows) {
            if (r.condition().family().equals(IDENTITY) && r.metric().equals(metric) && r.isMeasured()
                    && names.contains(seriesName(r))) {
                clean.put(seriesName(r), r.measured());
            }
        }
        Map<String, Double> labelled = new LinkedHashMap<>();
        clean.forEach((name, value) -> labelled.put(clean.size() == 1 ? "clean" : "clean · " + name, value));
        return labelled;
    }

    private static String cellOf(ResultRecord r) {
        return String.join("|", r.paper(), r.table(), r.cell(), r.dataset(), r.method(), r.degradation());
    }

    private static List<Series> seriesOf(List<ResultRecord> rows) {
        Map<String, List<ResultRecord>> bySeries = new LinkedHashMap<>();
        for (ResultRecord r : rows) {
            bySeries.computeIfAbsent(seriesName(r), k -> new ArrayList<>()).add(r);
        }
        List<Series> out = new ArrayList<>();
        bySeries.forEach((name, seriesRows) -> {
            seriesRows.sort(Comparator.comparingDouble(r -> level(r).orElseThrow().value()));
            List<PlotPoint> measured = new ArrayList<>();
            List<PlotPoint> published = new ArrayList<>();
            for (ResultRecord r : seriesRows) {
                double x = level(r).orElseThrow().value();
                measured.add(new PlotPoint(x, r.measured(), r.ciLow(), r.ciHigh()));
                if (r.published() != null) {
                    published.add(PlotPoint.of(x, r.published()));
                }
            }
            out.add(new Series(name, measured, published));
        });
        return out;
    }

    private static String seriesName(ResultRecord r) {
        // The part that tells series apart first, so legends read by it.
        String name = r.dataset() + " · " + r.method();
        int slash = r.cell().indexOf('/');
        return slash > 0 ? r.cell().substring(0, slash) + " · " + name : name;
    }

    /** A degradation's level: the setting's name and value. */
    record Level(String name, double value) {
    }

    /** The row's level: its condition's first fixed level; empty when it has none. */
    static Optional<Level> level(ResultRecord r) {
        return r.condition().primaryLevel().map(l -> new Level(l.getKey(), l.getValue()));
    }
}
