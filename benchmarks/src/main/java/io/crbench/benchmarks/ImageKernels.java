package io.crbench.benchmarks;

import io.crbench.codec.JpegCodec;
import io.crbench.image.Image8;
import io.crbench.metric.MetricChannel;
import io.crbench.metric.Psnr;
import io.crbench.metric.Ssim;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One thread's cost of each kernel of the pipeline, at QF 10: JPEG encode and decode and SSIM (RGB)
 * on the largest LIVE1_color image (divide by its megapixels, printed at set-up, for a per-megapixel
 * figure), and the CIFAR-10 workload's unit, JPEG round trip plus RGB MSE of one 32×32 image.
 * Run with {@code -prof gc} for the allocation per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ImageKernels {
    private JpegCodec jpeg;
    private Image8 photo;
    private byte[] photoJpeg;
    private Image8 photoDecoded;
    private List<Image8> cifar;
    private int next;

    /** Loads the inputs once per fork and encodes the photo once for the decode and SSIM kernels. */
    @Setup(Level.Trial)
    public void load() {
        jpeg = JpegCodec.pil(10);
        photo = BenchmarkData.largestLive1Image();
        photoJpeg = jpeg.encode(photo);
        photoDecoded = jpeg.decode(photoJpeg, "benchmark");
        cifar = BenchmarkData.cifar10Test(100);
        System.out.printf("photo: %dx%d, %.3f megapixels%n", photo.width(), photo.height(), photo.pixelCount() / 1e6);
    }

    /** PIL-identical JPEG encode of the photo. */
    @Benchmark
    public byte[] jpegEncodePhoto() {
        return jpeg.encode(photo);
    }

    /** JPEG decode of the photo's stream. */
    @Benchmark
    public Image8 jpegDecodePhoto() {
        return jpeg.decode(photoJpeg, "benchmark");
    }

    /** SSIM in RGB of the decoded photo against the original. */
    @Benchmark
    public double ssimRgbPhoto() {
        return Ssim.ssim(photo, photoDecoded, MetricChannel.RGB, 0);
    }

    /** JPEG round trip and RGB MSE of one CIFAR-10 image (cycling through 1,000, 100 of every class). */
    @Benchmark
    public double cpsnrUnitCifarImage() {
        Image8 image = cifar.get(next);
        next = (next + 1) % cifar.size();
        return Psnr.mse(image, jpeg.roundTrip(image), MetricChannel.RGB, 0);
    }
}
