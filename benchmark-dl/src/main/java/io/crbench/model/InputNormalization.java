package io.crbench.model;

import io.crbench.image.Image8;
import java.util.List;

/**
 * How 8-bit RGB pixels become a model's float input: x / 255, then (x − mean) / std per channel,
 * laid out NCHW. Gray images are fed as three equal channels.
 *
 * @param mean per-channel mean (R, G, B) on the [0, 1] scale
 * @param std per-channel standard deviation (R, G, B) on the [0, 1] scale
 */
public record InputNormalization(double[] mean, double[] std) {
    /** torchvision's ImageNet statistics (what the ONNX Model Zoo MobileNetV2 expects). */
    public static final InputNormalization IMAGENET =
            new InputNormalization(new double[] {0.485, 0.456, 0.406}, new double[] {0.229, 0.224, 0.225});

    public InputNormalization {
        if (mean.length != 3 || std.length != 3) {
            throw new IllegalArgumentException("mean and std need 3 channel values each");
        }
        for (double s : std) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("std must be positive, got " + s);
            }
        }
        mean = mean.clone();
        std = std.clone();
    }

    /** The batch as one NCHW float buffer; every image must be {@code size}×{@code size}. */
    public float[] toNchw(List<Image8> images, int size) {
        int plane = size * size;
        float[] out = new float[images.size() * 3 * plane];
        for (int n = 0; n < images.size(); n++) {
            Image8 img = images.get(n);
            if (img.width() != size || img.height() != size) {
                throw new IllegalArgumentException("classifier input must be " + size + "x" + size + ", got "
                        + img.describe() + " (image " + n + " of the batch)");
            }
            Image8 rgb = img.toRgb();
            int base = n * 3 * plane;
            for (int c = 0; c < 3; c++) {
                double scale = 1.0 / (255.0 * std[c]);
                double shift = mean[c] / std[c];
                for (int i = 0; i < plane; i++) {
                    out[base + c * plane + i] = (float) (rgb.sampleAt(3 * i + c) * scale - shift);
                }
            }
        }
        return out;
    }
}
