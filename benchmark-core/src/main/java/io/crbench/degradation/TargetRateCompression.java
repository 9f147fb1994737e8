package io.crbench.degradation;

import io.crbench.codec.Codecs;
import io.crbench.codec.Compressed;
import io.crbench.codec.SettingRange;
import io.crbench.image.Image8;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A codec held to a bit budget per image rather than to one setting: each image is encoded at the
 * setting that gives the largest file not above {@code targetBitsPerPixel}, found by bisection over
 * the family's {@link SettingRange} (which assumes the file grows monotonically with the setting,
 * as it does for every crbench codec up to a few bytes of header noise). This is how rate-matched
 * comparisons put every codec at the same size, image by image. Deterministic: the seed is ignored.
 *
 * @param family a {@link Codecs#families() codec family}
 * @param targetBitsPerPixel the budget, bits per pixel of the encoded image, positive
 */
public record TargetRateCompression(String family, double targetBitsPerPixel) implements Compression {
    public TargetRateCompression {
        Objects.requireNonNull(family, "family");
        Codecs.settingRange(family);
        if (!(targetBitsPerPixel > 0) || Double.isInfinite(targetBitsPerPixel)) {
            throw new IllegalArgumentException("target bits per pixel of " + family + " must be positive and finite, got "
                    + targetBitsPerPixel);
        }
    }

    @Override
    public String id() {
        return family + "(bpp<=" + targetBitsPerPixel + ")";
    }

    @Override
    public Condition condition() {
        return Condition.of(id(), family).targetRate(targetBitsPerPixel);
    }

    /**
     * @throws IllegalArgumentException when even the family's smallest file exceeds the budget,
     *     naming the image size, the budget and the smallest rate reached
     */
    @Override
    public Compressed compress(Image8 clean, long imageSeed) {
        SettingRange range = Codecs.settingRange(family);
        Map<Integer, Compressed> tried = new HashMap<>();
        Compressed smallest = at(0, range, clean, tried);
        if (smallest.bitsPerPixel() > targetBitsPerPixel) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s cannot fit a %dx%d image into %s bpp: its smallest file (setting %d) takes %.4f bpp", family,
                    clean.width(), clean.height(), targetBitsPerPixel, range.byRate(0), smallest.bitsPerPixel()));
        }
        int fits = 0;
        int exceeds = range.size();
        while (exceeds - fits > 1) {
            int mid = (fits + exceeds) >>> 1;
            if (at(mid, range, clean, tried).bitsPerPixel() <= targetBitsPerPixel) {
                fits = mid;
            } else {
                exceeds = mid;
            }
        }
        return tried.get(fits);
    }

    private Compressed at(int rank, SettingRange range, Image8 clean, Map<Integer, Compressed> tried) {
        return tried.computeIfAbsent(rank, k -> Codecs.byName(family, range.byRate(k)).compress(clean));
    }

    @Override
    public String toString() {
        return id();
    }
}
