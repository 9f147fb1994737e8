package io.crbench.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.entity.TitleEntity;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A line chart of metric series against a swept parameter (JPEG quality factor, bits per pixel,
 * noise σ …), drawn by JFreeChart into a {@value #WIDTH}×{@value #HEIGHT} px PNG.
 *
 * <p>Each series gets its own colour: a solid line through its points (sorted by x), filled
 * markers and vertical confidence-interval bars. Its published values, if any, are a second legend
 * entry in the same colour, hollow markers on a dashed line, so a gap between measurement and
 * paper is visible at a glance. Reference lines (the clean images' value) are dashed grey
 * horizontals with their label, and the y axis always reaches them. Title and legend wrap to the
 * figure's width instead of being cut off.
 *
 * <p><b>Non-finite values:</b> points whose x or y is NaN or infinite are left out (the line joins
 * their finite neighbours) and a note under the plot says how many; a bar is drawn only when both
 * bounds are finite. A plot without any finite point says so in its plot area.
 *
 * <p>Drawing is off-screen and needs no display ({@code java.awt.headless=true} is fine).
 *
 * <pre>{@code
 * byte[] png = LinePlot.titled("ARCNN on LIVE1")
 *         .xLabel("JPEG quality factor").yLabel("PSNR-Y [dB]")
 *         .series(new Series("ARCNN", measured, published))
 *         .referenceLine("clean", 0.82)
 *         .render();
 * }</pre>
 */
public final class LinePlot {
    /** Width of the rendered PNG in pixels. */
    public static final int WIDTH = 900;
    /** Height of the rendered PNG in pixels. */
    public static final int HEIGHT = 560;

    // Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000),
    };
    private static final Color GRID = new Color(0xE3E3E3);
    private static final Color REFERENCE = new Color(0x555555);
    private static final Color NOTE = new Color(0x777777);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font NOTE_FONT = new Font(Font.SANS_SERIF, Font.ITALIC, 11);
    private static final Stroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {7f, 5f}, 0f);
    private static final Shape MARKER = new Ellipse2D.Double(-4.5, -4.5, 9, 9);
    private static final Shape PUBLISHED_MARKER = new Ellipse2D.Double(-6.5, -6.5, 13, 13);

    private final String title;
    private String xLabel = "";
    private String yLabel = "";
    private final List<Series> series = new ArrayList<>();
    private final List<ReferenceLine> references = new ArrayList<>();

    private record ReferenceLine(String label, double y) {
    }

    private LinePlot(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    /** A new, empty plot with this title. */
    public static LinePlot titled(String title) {
        return new LinePlot(title);
    }

    /** The x-axis label, with its unit where it has one. */
    public LinePlot xLabel(String label) {
        this.xLabel = Objects.requireNonNull(label, "label");
        return this;
    }

    /** The y-axis label, with its unit where it has one, e.g. {@code PSNR-Y [dB]}. */
    public LinePlot yLabel(String label) {
        this.yLabel = Objects.requireNonNull(label, "label");
        return this;
    }

    /** Adds a series; colours follow the order series are added. */
    public LinePlot series(Series s) {
        series.add(Objects.requireNonNull(s, "series"));
        return this;
    }

    /** A horizontal reference line, e.g. the accuracy on clean images; ignored when {@code y} is not finite. */
    public LinePlot referenceLine(String label, double y) {
        if (Double.isFinite(y)) {
            references.add(new ReferenceLine(Objects.requireNonNull(label, "label"), y));
        }
        return this;
    }

    /** Draws the plot and returns it as PNG bytes. */
    public byte[] render() {
        return Png.encode(chart().createBufferedImage(WIDTH, HEIGHT));
    }

    /**
     * Where the title, note and legend texts were laid out in the rendered figure, as JFreeChart
     * reports them: a figure whose texts all lie inside {@code [0, WIDTH] × [0, HEIGHT]} clips none.
     */
    List<Rectangle2D> textBounds() {
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart().createBufferedImage(WIDTH, HEIGHT, info);
        List<Rectangle2D> bounds = new ArrayList<>();
        for (Object e : info.getEntityCollection().getEntities()) {
            if (e instanceof TitleEntity || e instanceof LegendItemEntity) {
                bounds.add(((ChartEntity) e).getArea().getBounds2D());
            }
        }
        return bounds;
    }

    private JFreeChart chart() {
        YIntervalSeriesCollection measured = new YIntervalSeriesCollection();
        XYSeriesCollection published = new XYSeriesCollection();
        XYErrorRenderer measuredRenderer = new XYErrorRenderer();
        measuredRenderer.setDefaultLinesVisible(true);
        measuredRenderer.setDrawXError(false);
        measuredRenderer.setCapLength(7);
        XYLineAndShapeRenderer publishedRenderer = new XYLineAndShapeRenderer(true, true);
        long skipped = 0;
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            Color colour = PALETTE[i % PALETTE.length];
            YIntervalSeries points = new YIntervalSeries(s.name(), true, true);
            for (PlotPoint p : s.points()) {
                if (!p.isDrawable()) {
                    skipped++;
                } else if (p.hasDrawableInterval()) {
                    points.add(p.x(), p.y(), p.ciLow(), p.ciHigh());
                } else {
                    points.add(p.x(), p.y(), p.y(), p.y());
                }
            }
            int m = measured.getSeriesCount();
            measured.addSeries(points);
            measuredRenderer.setSeriesPaint(m, colour);
            measuredRenderer.setSeriesStroke(m, LINE);
            measuredRenderer.setSeriesShape(m, MARKER);
            if (!s.published().isEmpty()) {
                XYSeries paper = new XYSeries(s.name() + " (published)", true, true);
                for (PlotPoint p : s.published()) {
                    if (p.isDrawable()) {
                        paper.add(p.x(), p.y());
                    } else {
                        skipped++;
                    }
                }
                int k = published.getSeriesCount();
                published.addSeries(paper);
                publishedRenderer.setSeriesPaint(k, colour);
                publishedRenderer.setSeriesStroke(k, DASHED);
                publishedRenderer.setSeriesShape(k, PUBLISHED_MARKER);
                publishedRenderer.setSeriesShapesFilled(k, false);
            }
        }
        NumberAxis x = axis(xLabel);
        NumberAxis y = axis(yLabel);
        XYPlot plot = new XYPlot(measured, x, y, measuredRenderer);
        plot.setDataset(1, published);
        plot.setRenderer(1, publishedRenderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        plot.setNoDataMessage("no finite value measured");
        plot.setNoDataMessageFont(LABEL_FONT);
        addReferences(plot, y);

        JFreeChart chart = new JFreeChart(null, TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        TextTitle heading = new TextTitle(title, TITLE_FONT);
        heading.setMaximumLinesToDisplay(3);
        chart.setTitle(heading);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(LEGEND_FONT);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        if (skipped > 0) {
            TextTitle note = new TextTitle(skipped + (skipped == 1 ? " non-finite point" : " non-finite points")
                    + " not drawn", NOTE_FONT);
            note.setPaint(NOTE);
            note.setPosition(RectangleEdge.BOTTOM);
            chart.addSubtitle(note);
        }
        return chart;
    }

    /** The reference lines, with the y axis widened to show them (markers do not take part in auto-ranging). */
    private void addReferences(XYPlot plot, NumberAxis y) {
        if (references.isEmpty()) {
            return;
        }
        double lo = references.stream().mapToDouble(ReferenceLine::y).min().orElseThrow();
        double hi = references.stream().mapToDouble(ReferenceLine::y).max().orElseThrow();
        Range data = plot.getDataRange(y);
        if (data != null) {
            lo = Math.min(lo, data.getLowerBound());
            hi = Math.max(hi, data.getUpperBound());
        }
        double margin = hi > lo ? (hi - lo) * 0.05 : Math.max(Math.abs(hi) * 0.05, 1e-3);
        y.setRange(lo - margin, hi + margin);
        for (ReferenceLine r : references) {
            ValueMarker marker = new ValueMarker(r.y(), REFERENCE, DASHED);
            marker.setLabel(r.label());
            marker.setLabelFont(TICK_FONT);
            marker.setLabelPaint(REFERENCE);
            marker.setLabelBackgroundColor(Color.WHITE);
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(marker);
        }
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        return axis;
    }
}
