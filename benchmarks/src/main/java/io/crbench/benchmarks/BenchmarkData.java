package io.crbench.benchmarks;

import io.crbench.datasets.Datasets;
import io.crbench.datasets.images.ImageFolderDataset;
import io.crbench.datasets.images.PreparedSets;
import io.crbench.image.Image8;
import java.util.Comparator;
import java.util.List;

/**
 * The images the benchmarks run on, found the way the suites find them (mirror directory from
 * {@code -Dcrbench.mirror} or {@code CRBENCH_MIRROR}, else the download cache).
 */
final class BenchmarkData {
    private BenchmarkData() {
    }

    /** The first {@code perClass} CIFAR-10 test images of every class (32×32); 1,000 is all 10,000. */
    static List<Image8> cifar10Test(int perClass) {
        return PreparedSets.cifar10Test(perClass).images();
    }

    /** The 29 LIVE1_color images, in file-name order. */
    static List<Image8> live1() {
        return ImageFolderDataset.load(Datasets.locate(Datasets.LIVE1_COLOR)).pixels();
    }

    /** The largest LIVE1_color image: the input of the per-megapixel kernels. */
    static Image8 largestLive1Image() {
        return live1().stream().max(Comparator.comparingInt(Image8::pixelCount)).orElseThrow();
    }
}
