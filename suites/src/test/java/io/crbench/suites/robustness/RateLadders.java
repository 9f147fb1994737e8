package io.crbench.suites.robustness;

import io.crbench.degradation.Condition;
import io.crbench.degradation.RateLadder;
import io.crbench.experiment.RateComparisonRows;
import io.crbench.result.CellKey;
import io.crbench.result.TableKey;
import java.util.List;
import java.util.stream.Stream;

/**
 * The codec settings the rate–accuracy and rate–distortion suites sweep, one set per kind of image,
 * each chosen from measured rates.
 *
 * <p>{@link #IMAGENET_CROPS} (also used on LIVE1_color and Kodak24): every codec spans about 0.1–2
 * bpp on the 224×224 ImageNet crops (mean bpp over 25 crops, every 40th sample image, measured
 * 2026-12-02):
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
 *
 * <p>{@link #CIFAR10}: on 32×32 images a file's fixed costs dominate (mean bpp over the first 10
 * CIFAR-10-test images of each class, measured 2026-12-03): PIL's JPEG spends about 650 bytes of
 * headers and tables, 5.1 bpp even at QF 1, against about 330 bytes for AVIF and a few dozen for
 * WebP and JPEG XL, and JPEG 2000 cannot go below 2.1 bpp (every ratio from 12 up gives the same
 * file). The ladders therefore reach up to where the other codecs overlap JPEG's range:
 *
 * <table>
 * <caption>Settings and their measured mean bits per pixel on CIFAR-10</caption>
 * <tr><th>codec</th><th>settings</th><th>bpp</th></tr>
 * <tr><td>JPEG (QF)</td><td>5, 10, 25, 50, 75, 90, 95</td><td>5.24, 5.47, 5.96, 6.49, 7.26, 8.76, 10.28</td></tr>
 * <tr><td>AVIF (quality)</td><td>25, 40, 60, 70, 80, 85, 90, 95</td><td>3.03, 3.54, 4.61, 5.11, 5.70, 6.32, 7.03, 8.13</td></tr>
 * <tr><td>WebP (quality)</td><td>5, 25, 50, 75, 90, 95, 100</td><td>1.15, 1.70, 2.27, 2.84, 4.69, 5.99, 7.55</td></tr>
 * <tr><td>JPEG XL (quality)</td><td>10, 25, 50, 75, 90, 95, 99</td><td>1.38, 1.82, 2.14, 2.71, 4.12, 5.40, 8.59</td></tr>
 * <tr><td>JPEG 2000 (ratio)</td><td>12, 8, 6, 5, 4, 3</td><td>2.11, 3.10, 4.09, 4.90, 6.09, 8.06</td></tr>
 * </table>
 *
 * @param jpeg JPEG's ladder, the reference of every comparison
 * @param others the ladders compared against JPEG
 */
record RateLadders(RateLadder jpeg, List<RateLadder> others) {
    /** The 224×224 ImageNet crops and the full-size photo sets. */
    static final RateLadders IMAGENET_CROPS = new RateLadders(RateLadder.of("jpeg", 5, 7, 10, 15, 18, 25, 50, 75, 90),
            List.of(RateLadder.of("avif", 7, 10, 15, 18, 25, 40, 60, 80),
                    RateLadder.of("webp", 5, 10, 25, 50, 75, 90),
                    RateLadder.of("jxl", 10, 25, 50, 75, 90),
                    RateLadder.of("jp2", 200, 100, 50, 24, 12)));
    /** CIFAR-10's 32×32 images. */
    static final RateLadders CIFAR10 = new RateLadders(RateLadder.of("jpeg", 5, 10, 25, 50, 75, 90, 95),
            List.of(RateLadder.of("avif", 25, 40, 60, 70, 80, 85, 90, 95),
                    RateLadder.of("webp", 5, 25, 50, 75, 90, 95, 100),
                    RateLadder.of("jxl", 10, 25, 50, 75, 90, 95, 99),
                    RateLadder.of("jp2", 12, 8, 6, 5, 4, 3)));

    RateLadders {
        others = List.copyOf(others);
    }

    /** JPEG first, then the codecs compared against it. */
    List<RateLadder> all() {
        return Stream.concat(Stream.of(jpeg), others.stream()).toList();
    }

    /** The result cell of {@code family}'s comparison against JPEG, e.g. crbench's own cell {@code bd:avif vs jpeg}. */
    static CellKey comparisonCell(String family) {
        return TableKey.NONE.cell("bd:" + family + " vs jpeg");
    }

    /** What {@code family}'s comparison against JPEG compares: both ladders' ids. */
    Condition comparedLadders(String family) {
        return RateComparisonRows.compared(of(family).id() + " vs " + jpeg.id());
    }

    /** The ladder of {@code family}. */
    RateLadder of(String family) {
        return all().stream().filter(l -> l.family().equals(family)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rate ladder for " + family));
    }
}
