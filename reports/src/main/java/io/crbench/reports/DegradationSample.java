package io.crbench.reports;

import io.crbench.degradation.Degradation;
import io.crbench.degradation.Restored;
import io.crbench.image.Image8;
import io.crbench.metric.MetricChannel;
import io.crbench.metric.Psnr;
import io.crbench.metric.Ssim;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Attaches to the current test what the classifier or restorer was given: clean | degraded, or,
 * for a {@link Restored} case, clean | degraded input | restored, each labelled with its PSNR and
 * SSIM (RGB) against the clean image, and below them the same {@value #CROP}-pixel square cut from
 * the most textured part of the clean image, magnified so blocking and ringing can be seen.
 */
public final class DegradationSample {
    /** Side of the magnified square, in source pixels. */
    static final int CROP = 48;

    private DegradationSample() {
    }

    /** The strip of {@code input} (image seed 0) under {@code degradation}, named after it. */
    public static void attach(Image8 input, Degradation degradation) {
        AllureReport.attachPng("sample: " + degradation.id(), render(input, degradation));
    }

    static byte[] render(Image8 input, Degradation degradation) {
        List<Image8> panels = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        // A cropping degradation shows only part of the input; panels and scores use that part.
        Image8 clean = degradation.alignedReference(input);
        panels.add(clean);
        captions.add("clean");
        if (degradation instanceof Restored restored) {
            Image8 degraded = restored.degradation().apply(input, 0);
            panels.add(degraded);
            captions.add(restored.degradation().id() + "\n" + fidelity(clean, degraded));
            Image8 out = restored.restorer().restore(degraded);
            panels.add(out);
            captions.add(restored.restorer().id() + "\n" + fidelity(clean, out));
        } else {
            Image8 degraded = degradation.apply(input, 0);
            panels.add(degraded);
            captions.add(degradation.id() + "\n" + fidelity(clean, degraded));
        }
        ImageStrip strip = ImageStrip.create();
        for (int i = 0; i < panels.size(); i++) {
            strip.add(panels.get(i), captions.get(i));
        }
        int side = Math.min(CROP, Math.min(clean.width(), clean.height()));
        if (side < Math.min(clean.width(), clean.height())) {
            int[] at = mostTextured(clean, side);
            strip.newRow();
            for (int i = 0; i < panels.size(); i++) {
                strip.add(panels.get(i).crop(at[0], at[1], side, side),
                        String.format(Locale.ROOT, "%d×%d at (%d, %d), magnified", side, side, at[0], at[1]));
            }
        }
        return strip.render();
    }

    private static String fidelity(Image8 clean, Image8 other) {
        if (other.width() != clean.width() || other.height() != clean.height()) {
            return "size " + other.width() + "×" + other.height();
        }
        double psnr = Psnr.psnr(clean, other, MetricChannel.RGB, 0);
        double ssim = Ssim.ssim(clean, other, MetricChannel.RGB, 0);
        return String.format(Locale.ROOT, "PSNR %s dB, SSIM %.4f", Double.isInfinite(psnr) ? "∞"
                : String.format(Locale.ROOT, "%.2f", psnr), ssim);
    }

    /** Top-left corner of the {@code side}² square (on a half-side grid) with the largest sample variance. */
    static int[] mostTextured(Image8 image, int side) {
        int step = Math.max(1, side / 2);
        int[] best = {0, 0};
        double bestVariance = -1;
        for (int y = 0; y + side <= image.height(); y += step) {
            for (int x = 0; x + side <= image.width(); x += step) {
                double sum = 0;
                double sumSq = 0;
                for (int yy = y; yy < y + side; yy++) {
                    for (int xx = x; xx < x + side; xx++) {
                        for (int c = 0; c < image.channels(); c++) {
                            int v = image.sample(xx, yy, c);
                            sum += v;
                            sumSq += (double) v * v;
                        }
                    }
                }
                double n = (double) side * side * image.channels();
                double variance = sumSq / n - (sum / n) * (sum / n);
                if (variance > bestVariance) {
                    bestVariance = variance;
                    best = new int[] {x, y};
                }
            }
        }
        return best;
    }
}
