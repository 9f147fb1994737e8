package io.crbench.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Objects;

/**
 * A line chart of metric series against a swept parameter (JPEG quality factor, temperature T,
 * noise σ …), drawn with Java2D into a {@value #WIDTH}×{@value #HEIGHT} px PNG.
 *
 * <p>Each series gets its own colour: a solid line through its points (sorted by x), filled
 * markers and vertical confidence-interval error bars. Its published values, if any, are drawn in
 * the same colour as hollow markers on a dashed line, so a gap between measurement and paper is
 * visible at a glance. The legend sits right of the plot area and never hides data.
 *
 * <p><b>Non-finite values:</b> points whose x or y is NaN or infinite are skipped (the line joins
 * their finite neighbours) and the figure notes how many were skipped; an error bar is drawn only
 * when both its bounds are finite. A plot without any finite point renders empty axes that say so.
 *
 * <p>Drawing is off-screen and needs no display ({@code java.awt.headless=true} is fine).
 *
 * <pre>{@code
 * byte[] png = LinePlot.titled("ARCNN on LIVE1")
 *         .xLabel("JPEG quality factor").yLabel("PSNR-Y [dB]")
 *         .series(new Series("ARCNN", measured, published))
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
    private static final Color INK = new Color(0x222222);
    private static final Color NOTE = new Color(0x777777);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font NOTE_FONT = new Font(Font.SANS_SERIF, Font.ITALIC, 11);
    private static final Stroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[] {7f, 5f}, 0f);
    private static final Stroke THIN = new BasicStroke(1.4f);
    private static final double MARKER_RADIUS = 4.5;
    private static final double PUBLISHED_RADIUS = 6.5;
    private static final int LEGEND_ROW = 22;
    private static final int LEGEND_SWATCH = 34;
    private static final int MAX_LEGEND_TEXT = 240;

    private final String title;
    private String xLabel = "";
    private String yLabel = "";
    private final List<Series> series = new ArrayList<>();

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

    /** Draws the plot and returns it as PNG bytes. */
    public byte[] render() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g);
        } finally {
            g.dispose();
        }
        return Png.encode(image);
    }

    private void draw(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);

        DoubleSummaryStatistics xs = extent(false);
        DoubleSummaryStatistics ys = extent(true);
        boolean empty = xs.getCount() == 0;
        Axis x = empty ? Axis.covering(0, 1, 10) : Axis.covering(xs.getMin(), xs.getMax(), 10);
        Axis y = empty ? Axis.covering(0, 1, 6) : Axis.covering(ys.getMin(), ys.getMax(), 6);
        Rectangle plot = plotArea(g, y);

        drawTitle(g);
        drawAxes(g, plot, x, y);
        if (empty) {
            g.setFont(LABEL_FONT);
            g.setColor(NOTE);
            drawCentred(g, "no finite data points", plot.getCenterX(), plot.getCenterY());
        }
        Graphics2D clipped = (Graphics2D) g.create();
        clipped.clip(plot);
        for (int i = 0; i < series.size(); i++) {
            drawSeries(clipped, plot, x, y, series.get(i), colour(i));
        }
        clipped.dispose();
        drawLegend(g, plot);
        drawSkippedNote(g);
    }

    /** Range of the drawable measured and published points: x, or y with the CI bounds. */
    private DoubleSummaryStatistics extent(boolean vertical) {
        DoubleSummaryStatistics stats = new DoubleSummaryStatistics();
        for (Series s : series) {
            for (PlotPoint p : allPoints(s)) {
                if (!p.isDrawable()) {
                    continue;
                }
                stats.accept(vertical ? p.y() : p.x());
                if (vertical && p.hasDrawableInterval()) {
                    stats.accept(p.ciLow());
                    stats.accept(p.ciHigh());
                }
            }
        }
        return stats;
    }

    private static List<PlotPoint> allPoints(Series s) {
        List<PlotPoint> all = new ArrayList<>(s.points());
        all.addAll(s.published());
        return all;
    }

    private Rectangle plotArea(Graphics2D g, Axis y) {
        FontMetrics ticks = g.getFontMetrics(TICK_FONT);
        int widestTick = 0;
        for (double t : y.ticks()) {
            widestTick = Math.max(widestTick, ticks.stringWidth(y.label(t)));
        }
        int left = 44 + widestTick;
        int right = WIDTH - legendWidth(g) - 24;
        int top = 56;
        int bottom = HEIGHT - 64;
        return new Rectangle(left, top, right - left, bottom - top);
    }

    private int legendWidth(Graphics2D g) {
        FontMetrics fm = g.getFontMetrics(LABEL_FONT);
        int widest = 0;
        for (LegendEntry e : legendEntries()) {
            widest = Math.max(widest, fm.stringWidth(fit(e.label(), fm)));
        }
        return LEGEND_SWATCH + 8 + widest + 20;
    }

    private void drawTitle(Graphics2D g) {
        g.setFont(TITLE_FONT);
        g.setColor(INK);
        drawCentred(g, title, WIDTH / 2.0, 30);
    }

    private void drawAxes(Graphics2D g, Rectangle plot, Axis x, Axis y) {
        g.setFont(TICK_FONT);
        FontMetrics fm = g.getFontMetrics();
        g.setStroke(new BasicStroke(1f));
        for (double t : x.ticks()) {
            double px = plot.x + x.fraction(t) * plot.width;
            g.setColor(GRID);
            g.draw(new Line2D.Double(px, plot.y, px, plot.getMaxY()));
            g.setColor(INK);
            g.draw(new Line2D.Double(px, plot.getMaxY(), px, plot.getMaxY() + 5));
            drawCentred(g, x.label(t), px, plot.getMaxY() + 8 + fm.getAscent());
        }
        for (double t : y.ticks()) {
            double py = plot.getMaxY() - y.fraction(t) * plot.height;
            g.setColor(GRID);
            g.draw(new Line2D.Double(plot.x, py, plot.getMaxX(), py));
            g.setColor(INK);
            g.draw(new Line2D.Double(plot.x - 5, py, plot.x, py));
            String label = y.label(t);
            g.drawString(label, plot.x - 8 - fm.stringWidth(label), (float) (py + fm.getAscent() / 2.0 - 1));
        }
        g.setColor(INK);
        g.draw(plot);

        g.setFont(LABEL_FONT);
        drawCentred(g, xLabel, plot.getCenterX(), HEIGHT - 18);
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        // Rotated frame: x runs upwards (negated), y runs rightwards.
        drawCentred(g, yLabel, -plot.getCenterY(), 20);
        g.setTransform(saved);
    }

    private static void drawSeries(Graphics2D g, Rectangle plot, Axis x, Axis y, Series s, Color colour) {
        List<PlotPoint> measured = drawable(s.points());
        List<PlotPoint> published = drawable(s.published());
        g.setColor(colour);

        g.setStroke(DASHED);
        g.draw(polyline(published, plot, x, y));
        g.setStroke(THIN);
        for (PlotPoint p : published) {
            drawErrorBar(g, plot, x, y, p);
        }
        for (PlotPoint p : measured) {
            drawErrorBar(g, plot, x, y, p);
        }
        g.setStroke(LINE);
        g.draw(polyline(measured, plot, x, y));
        for (PlotPoint p : measured) {
            g.fill(marker(px(plot, x, p.x()), py(plot, y, p.y()), MARKER_RADIUS));
        }
        g.setStroke(new BasicStroke(2f));
        for (PlotPoint p : published) {
            g.draw(marker(px(plot, x, p.x()), py(plot, y, p.y()), PUBLISHED_RADIUS));
        }
    }

    private static List<PlotPoint> drawable(List<PlotPoint> points) {
        return points.stream()
                .filter(PlotPoint::isDrawable)
                .sorted(Comparator.comparingDouble(PlotPoint::x))
                .toList();
    }

    private static Path2D polyline(List<PlotPoint> points, Rectangle plot, Axis x, Axis y) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < points.size(); i++) {
            double px = px(plot, x, points.get(i).x());
            double py = py(plot, y, points.get(i).y());
            if (i == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        return path;
    }

    private static void drawErrorBar(Graphics2D g, Rectangle plot, Axis x, Axis y, PlotPoint p) {
        if (!p.hasDrawableInterval()) {
            return;
        }
        double px = px(plot, x, p.x());
        double lo = py(plot, y, p.ciLow());
        double hi = py(plot, y, p.ciHigh());
        double cap = 5;
        g.draw(new Line2D.Double(px, lo, px, hi));
        g.draw(new Line2D.Double(px - cap, lo, px + cap, lo));
        g.draw(new Line2D.Double(px - cap, hi, px + cap, hi));
    }

    private static double px(Rectangle plot, Axis x, double v) {
        return plot.x + x.fraction(v) * plot.width;
    }

    private static double py(Rectangle plot, Axis y, double v) {
        return plot.getMaxY() - y.fraction(v) * plot.height;
    }

    private static Ellipse2D marker(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    private void drawLegend(Graphics2D g, Rectangle plot) {
        g.setFont(LABEL_FONT);
        FontMetrics fm = g.getFontMetrics();
        int left = (int) plot.getMaxX() + 20;
        int row = plot.y + 8;
        for (LegendEntry e : legendEntries()) {
            double cy = row + LEGEND_ROW / 2.0;
            g.setColor(e.colour());
            g.setStroke(e.published() ? DASHED : LINE);
            g.draw(new Line2D.Double(left, cy, left + LEGEND_SWATCH, cy));
            double mx = left + LEGEND_SWATCH / 2.0;
            if (e.published()) {
                g.setColor(Color.WHITE);
                g.fill(marker(mx, cy, PUBLISHED_RADIUS));
                g.setColor(e.colour());
                g.setStroke(new BasicStroke(2f));
                g.draw(marker(mx, cy, PUBLISHED_RADIUS));
            } else {
                g.fill(marker(mx, cy, MARKER_RADIUS));
            }
            g.setColor(INK);
            g.drawString(fit(e.label(), fm), left + LEGEND_SWATCH + 8, (float) (cy + fm.getAscent() / 2.0 - 2));
            row += LEGEND_ROW;
        }
    }

    /** One legend row: a series, or the key explaining how published values look. */
    private record LegendEntry(String label, Color colour, boolean published) {
    }

    private List<LegendEntry> legendEntries() {
        List<LegendEntry> entries = new ArrayList<>();
        boolean anyPublished = false;
        for (int i = 0; i < series.size(); i++) {
            entries.add(new LegendEntry(series.get(i).name(), colour(i), false));
            anyPublished |= !series.get(i).published().isEmpty();
        }
        if (anyPublished) {
            entries.add(new LegendEntry("published (paper)", NOTE, true));
        }
        return entries;
    }

    private void drawSkippedNote(Graphics2D g) {
        long skipped = series.stream()
                .flatMap(s -> allPoints(s).stream())
                .filter(p -> !p.isDrawable())
                .count();
        if (skipped == 0) {
            return;
        }
        g.setFont(NOTE_FONT);
        g.setColor(NOTE);
        String note = skipped + (skipped == 1 ? " non-finite point" : " non-finite points") + " not drawn";
        FontMetrics fm = g.getFontMetrics();
        g.drawString(note, WIDTH - 12 - fm.stringWidth(note), HEIGHT - 8);
    }

    private static Color colour(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /** The label, shortened with an ellipsis so an overlong series name cannot squeeze the plot. */
    private static String fit(String label, FontMetrics fm) {
        if (fm.stringWidth(label) <= MAX_LEGEND_TEXT) {
            return label;
        }
        String s = label;
        while (!s.isEmpty() && fm.stringWidth(s + "…") > MAX_LEGEND_TEXT) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }

    private static void drawCentred(Graphics2D g, String text, double cx, double baseline) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, (float) (cx - fm.stringWidth(text) / 2.0), (float) baseline);
    }
}
