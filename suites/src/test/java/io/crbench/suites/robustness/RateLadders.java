package io.crbench.suites.robustness;

import io.crbench.degradation.RateLadder;
import java.util.List;

/**
 * The codec settings the rate–accuracy and rate–distortion suites sweep, chosen from measured rates
 * so that every codec spans about 0.1–2 bpp on the 224×224 ImageNet crops (mean bpp over 25 crops,
 * every 40th sample image, measured 2026-12-02):
 *
 * <table>
 * <caption>Settings and their measured mean bits per pixel</caption>
 * <tr><th>codec</th><th>settings</th><th>bpp</th></tr>
 * <tr><td>JPEG (QF)</td><td>5, 7, 10, 15, 18, 25, 50, 75, 90</td><td>0.33 (QF 5) … 0.46 (10) … 1.07 (50) … 2.52 (90)</td></tr>
 * <tr><td>AVIF (quality)</td><td>7, 10, 15, 18, 25, 40, 60, 80</td><td>0.14, 0.17, 0.20, 0.23, 0.31, 0.54, 1.09, 1.74</td></tr>
 * <tr><td>WebP (quality)</td><td>5, 10, 25, 50, 75, 90</td><td>0.30 (5), 0.53 (25), 0.80 (50), 1.08 (75), 2.05 (90)</td></tr>
 * <tr><td>JPEG XL (quality)</td><td>10, 25, 50, 75, 90</td><td>0.31, 0.53, 0.71, 1.14, 1.94</td></tr>
 * <tr><td>JPEG 2000 (ratio)</td><td>200, 100, 50, 24, 12</td><td>0.12, 0.24, 0.48, 1.00, 1.98</td></tr>
 * </table>
 *
 * <p>JPEG cannot go below about 0.3 bpp on these crops (QF 1 still spends the headers and DC
 * terms), so the comparisons at equal rate use the overlap above that. JPEG's ladder includes seed
 * 002's Table IX qualities (25, 18, 15, 10, 7) so the report can set AVIF's rate at each of them
 * beside JPEG's; the earlier grid's settings (JPEG, WebP, JPEG XL at 25 and 10; JPEG 2000 at 50
 * and 100) stay in, so their recorded baselines keep gating.
 */
final class RateLadders {
    static final RateLadder JPEG = RateLadder.of("jpeg", 5, 7, 10, 15, 18, 25, 50, 75, 90);
    static final List<RateLadder> OTHERS = List.of(
            RateLadder.of("avif", 7, 10, 15, 18, 25, 40, 60, 80),
            RateLadder.of("webp", 5, 10, 25, 50, 75, 90),
            RateLadder.of("jxl", 10, 25, 50, 75, 90),
            RateLadder.of("jp2", 200, 100, 50, 24, 12));
    /** JPEG first, then the codecs compared against it. */
    static final List<RateLadder> ALL = java.util.stream.Stream.concat(java.util.stream.Stream.of(JPEG),
            OTHERS.stream()).toList();

    private RateLadders() {
    }

    /** The result cell of {@code family}'s comparison against JPEG, e.g. {@code bd:avif vs jpeg}. */
    static String comparisonCell(String family) {
        return "bd:" + family + " vs jpeg";
    }

    /** What {@code family}'s comparison against JPEG compares: both ladders' ids. */
    static String comparedLadders(String family) {
        return of(family).id() + " vs " + JPEG.id();
    }

    /** The ladder of {@code family}. */
    static RateLadder of(String family) {
        return ALL.stream().filter(l -> l.family().equals(family)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rate ladder for " + family));
    }
}
