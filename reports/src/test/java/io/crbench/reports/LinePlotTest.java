package io.crbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.stats.Interval;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LinePlotTest {

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void rendersPngOfTheDocumentedSize() throws IOException {
        byte[] png = LinePlot.titled("ARCNN on LIVE1")
                .xLabel("JPEG quality factor").yLabel("PSNR-Y [dB]")
                .series(new Series("JPEG", List.of(
                        new PlotPoint(10, 27.77, 27.5, 28.0), new PlotPoint(20, 30.07, 29.8, 30.3))))
                .series(new Series("ARCNN",
                        List.of(PlotPoint.of(10, new Interval(28.9, 28.6, 29.2, 0.95)), PlotPoint.of(20, 31.2)),
                        List.of(PlotPoint.of(10, 29.13), PlotPoint.of(20, 31.40))))
                .render();

        BufferedImage image = decode(png);
        assertThat(image.getWidth()).isEqualTo(LinePlot.WIDTH);
        assertThat(image.getHeight()).isEqualTo(LinePlot.HEIGHT);
    }

    @Test
    void nonFinitePointsAreSkippedWithoutError() throws IOException {
        byte[] png = LinePlot.titled("with gaps").xLabel("σ").yLabel("top-1")
                .series(new Series("a", List.of(
                        new PlotPoint(0, 0.9, 0.88, 0.92),
                        new PlotPoint(5, Double.NaN, Double.NaN, Double.NaN),
                        new PlotPoint(Double.POSITIVE_INFINITY, 0.5, 0.4, 0.6),
                        new PlotPoint(10, 0.7, Double.NEGATIVE_INFINITY, 0.8))))
                .series(new Series("only NaN", List.of(PlotPoint.of(Double.NaN, Double.NaN))))
                .render();

        assertThat(decode(png).getWidth()).isEqualTo(LinePlot.WIDTH);
    }

    @Test
    void plotWithoutFiniteDataStillRenders() throws IOException {
        byte[] empty = LinePlot.titled("nothing measured").render();
        byte[] allNaN = LinePlot.titled("nothing finite")
                .series(new Series("a", List.of(PlotPoint.of(Double.NaN, 1)), List.of(PlotPoint.of(1, Double.NaN))))
                .render();

        assertThat(decode(empty).getHeight()).isEqualTo(LinePlot.HEIGHT);
        assertThat(decode(allNaN).getHeight()).isEqualTo(LinePlot.HEIGHT);
    }

    @Test
    void longTitlesAndLegendsWrapInsideTheFigure() {
        LinePlot plot = LinePlot.titled("Seed 002 Table IX protocol and beyond: ImageNet top-1/top-5 against bits per"
                + " pixel per codec (MobileNetV2 int8) — top1 vs rate")
                .xLabel("bits per pixel").yLabel("top1").referenceLine("clean", 0.83);
        for (String codec : List.of("jpeg", "avif", "webp", "jxl", "jp2", "jpeg2", "arcnn(q=10,ci)∘jpeg")) {
            plot.series(new Series(codec + " · imagenet-sample-images · mobilenetv2-12-int8 (ONNX Runtime)",
                    List.of(new PlotPoint(0.3, 0.5, 0.45, 0.55), new PlotPoint(1.0, 0.75, 0.7, 0.8)),
                    List.of(PlotPoint.of(0.3, 0.52))));
        }

        List<Rectangle2D> texts = plot.textBounds();

        // The title and 14 legend entries (measured and published per series), none cut at an edge.
        assertThat(texts).hasSizeGreaterThanOrEqualTo(15);
        Rectangle2D figure = new Rectangle2D.Double(0, 0, LinePlot.WIDTH, LinePlot.HEIGHT);
        assertThat(texts).allSatisfy(t -> assertThat(figure.contains(t)).as("%s inside the figure", t).isTrue());
    }
}
