package io.crbench.reports;

import io.crbench.image.Image8;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A PNG of images side by side, each with a caption underneath, e.g.
 * original | JPEG q=10 | restored, in one or more rows ({@link #newRow()}; e.g. magnified crops
 * of the same images below them). Each row is scaled on its own, as below.
 *
 * <p>All images are scaled to one common height: the tallest image's height, raised by an integer
 * factor to at least {@value #MIN_HEIGHT} px (so a 32×32 CIFAR image becomes 256×256) and capped at
 * {@value #MAX_HEIGHT} px. Upscaling is nearest-neighbour so compression artefacts (blocking,
 * ringing) stay visible instead of being smoothed away; crop large images before adding them if
 * their artefacts matter. Captions may span several lines separated by {@code \n}.
 *
 * <pre>{@code
 * byte[] png = ImageStrip.create()
 *         .add(original, "original")
 *         .add(jpeg, "JPEG q=10, PSNR 27.1 dB")
 *         .add(restored, "ARCNN, PSNR 28.4 dB")
 *         .render();
 * }</pre>
 */
public final class ImageStrip {
    /** Images shorter than this are enlarged by an integer factor to reach it. */
    public static final int MIN_HEIGHT = 256;
    /** Images taller than this are reduced to it. */
    public static final int MAX_HEIGHT = 512;

    private static final int PAD = 12;
    private static final int CAPTION_GAP = 8;
    private static final Font CAPTION_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Color FRAME = new Color(0xBBBBBB);
    private static final Color INK = new Color(0x222222);

    private record Panel(Image8 image, String[] caption) {
    }

    private final List<List<Panel>> rows = new ArrayList<>(List.of(new ArrayList<>()));

    private ImageStrip() {
    }

    /** An empty strip. */
    public static ImageStrip create() {
        return new ImageStrip();
    }

    /** Appends an image on the right of the current row, with its caption. */
    public ImageStrip add(Image8 image, String caption) {
        rows.get(rows.size() - 1).add(new Panel(Objects.requireNonNull(image, "image"),
                Objects.requireNonNull(caption, "caption").split("\n", -1)));
        return this;
    }

    /** Starts a new row below the current one. */
    public ImageStrip newRow() {
        if (rows.get(rows.size() - 1).isEmpty()) {
            throw new IllegalStateException("the current row of the strip is empty");
        }
        rows.add(new ArrayList<>());
        return this;
    }

    /** The common height every image is scaled to. */
    static int commonHeight(List<Image8> images) {
        int tallest = images.stream().mapToInt(Image8::height).max().orElseThrow();
        if (tallest >= MIN_HEIGHT) {
            return Math.min(tallest, MAX_HEIGHT);
        }
        int factor = (MIN_HEIGHT + tallest - 1) / tallest;
        return tallest * factor;
    }

    /** Draws the strip and returns it as PNG bytes. */
    public byte[] render() {
        // newRow() refuses to leave an empty row behind, so only the last one can be empty.
        if (rows.get(rows.size() - 1).isEmpty()) {
            throw new IllegalStateException("an image strip needs at least one image in every row");
        }
        FontMetrics fm = measure();
        List<RowLayout> layouts = rows.stream().map(r -> RowLayout.of(r, fm)).toList();
        int width = layouts.stream().mapToInt(RowLayout::width).max().orElseThrow();
        int totalHeight = layouts.stream().mapToInt(RowLayout::height).sum();

        BufferedImage canvas = new BufferedImage(width, totalHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, totalHeight);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(CAPTION_FONT);
            int top = 0;
            for (RowLayout row : layouts) {
                row.draw(g, fm, top);
                top += row.height();
            }
        } finally {
            g.dispose();
        }
        return Png.encode(canvas);
    }

    /** One row's panels at their common height, each in a cell as wide as its image or caption. */
    private record RowLayout(List<Panel> panels, int imageHeight, int[] scaledWidths, int[] cellWidths, int width,
            int height) {
        static RowLayout of(List<Panel> panels, FontMetrics fm) {
            int imageHeight = commonHeight(panels.stream().map(Panel::image).toList());
            int captionLines = panels.stream().mapToInt(p -> p.caption().length).max().orElse(0);
            int[] scaled = new int[panels.size()];
            int[] cells = new int[panels.size()];
            int width = PAD;
            for (int i = 0; i < panels.size(); i++) {
                Image8 img = panels.get(i).image();
                scaled[i] = Math.max(1, (int) Math.round((double) img.width() * imageHeight / img.height()));
                int widestLine = 0;
                for (String line : panels.get(i).caption()) {
                    widestLine = Math.max(widestLine, fm.stringWidth(line));
                }
                cells[i] = Math.max(scaled[i], widestLine);
                width += cells[i] + PAD;
            }
            int height = PAD + imageHeight + CAPTION_GAP + captionLines * fm.getHeight() + PAD;
            return new RowLayout(panels, imageHeight, scaled, cells, width, height);
        }

        void draw(Graphics2D g, FontMetrics fm, int top) {
            int x = PAD;
            for (int i = 0; i < panels.size(); i++) {
                int imageX = x + (cellWidths[i] - scaledWidths[i]) / 2;
                drawScaled(g, panels.get(i).image(), imageX, top + PAD, scaledWidths[i], imageHeight);
                g.setColor(FRAME);
                g.drawRect(imageX - 1, top + PAD - 1, scaledWidths[i] + 1, imageHeight + 1);
                g.setColor(INK);
                int baseline = top + PAD + imageHeight + CAPTION_GAP + fm.getAscent();
                for (String line : panels.get(i).caption()) {
                    g.drawString(line, x + (cellWidths[i] - fm.stringWidth(line)) / 2, baseline);
                    baseline += fm.getHeight();
                }
                x += cellWidths[i] + PAD;
            }
        }
    }

    private static void drawScaled(Graphics2D g, Image8 image, int x, int y, int w, int h) {
        // Gray AWT images carry a linear-gray colour space that would lighten them when drawn on
        // an sRGB canvas; three equal RGB channels keep the sample values exactly.
        BufferedImage source = image.toRgb().toBufferedImage();
        Object interpolation = h >= image.height()
                ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR
                : RenderingHints.VALUE_INTERPOLATION_BILINEAR;
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        g.drawImage(source, x, y, w, h, null);
    }

    private static FontMetrics measure() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            return g.getFontMetrics(CAPTION_FONT);
        } finally {
            g.dispose();
        }
    }
}
