package io.crbench.train;

import io.crbench.degradation.Degradation;
import io.crbench.image.Image8;
import io.crbench.restore.ImageTensors;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws training batches from clean images: a random square crop of a random image, a random
 * {@link PatchAugmentation} (by default one of the eight flips / 90° rotations), then the
 * degradation applied to that crop on the fly, so every batch sees fresh compression of fresh
 * content. Each batch remembers which image every patch came from, for losses that need the
 * image's label. Gray images are used as RGB (three equal channels), because every network here is
 * trained on RGB patches.
 *
 * <p>All draws come from one {@link SplittableRandom} seeded at construction, the degradation
 * included (it gets a drawn image seed), so two samplers with the same arguments give the same
 * batches in the same order.
 */
public final class PatchSampler {
    private final List<Image8> images;
    private final Degradation degradation;
    private final int patchSize;
    private final PatchAugmentation augmentation;
    private final SplittableRandom rng;

    /** A sampler with {@link PatchAugmentation#DIHEDRAL} augmentation. */
    public PatchSampler(List<Image8> cleanImages, Degradation degradation, int patchSize, long seed) {
        this(cleanImages, degradation, patchSize, PatchAugmentation.DIHEDRAL, seed);
    }

    /**
     * @param cleanImages the training images, each at least {@code patchSize} on both sides
     * @param degradation applied to every clean crop to make its input
     * @param patchSize side of the square patches
     * @param augmentation the random rearrangement of every crop
     * @param seed seed of every draw
     */
    public PatchSampler(List<Image8> cleanImages, Degradation degradation, int patchSize,
            PatchAugmentation augmentation, long seed) {
        if (patchSize < 1) {
            throw new IllegalArgumentException("patch size must be positive, got " + patchSize);
        }
        if (cleanImages.isEmpty()) {
            throw new IllegalArgumentException("a patch sampler needs at least one training image");
        }
        for (Image8 img : cleanImages) {
            if (img.width() < patchSize || img.height() < patchSize) {
                throw new IllegalArgumentException("training image " + img.describe() + " is smaller than the "
                        + patchSize + "x" + patchSize + " patches");
            }
        }
        this.images = cleanImages.stream().map(Image8::toRgb).toList();
        this.degradation = degradation;
        this.patchSize = patchSize;
        this.augmentation = augmentation;
        this.rng = new SplittableRandom(seed);
    }

    public int patchSize() {
        return patchSize;
    }

    public Degradation degradation() {
        return degradation;
    }

    /** The next batch of {@code batchSize} patches. */
    public PatchBatch next(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        int patchValues = ImageTensors.CHANNELS * patchSize * patchSize;
        float[] inputs = new float[batchSize * patchValues];
        float[] targets = new float[batchSize * patchValues];
        long[] seeds = new long[batchSize];
        int[] sources = new int[batchSize];
        for (int i = 0; i < batchSize; i++) {
            sources[i] = rng.nextInt(images.size());
            Image8 source = images.get(sources[i]);
            int x = rng.nextInt(source.width() - patchSize + 1);
            int y = rng.nextInt(source.height() - patchSize + 1);
            Image8 clean = dihedral(source.crop(x, y, patchSize, patchSize), rng.nextInt(augmentation.transforms()));
            seeds[i] = rng.nextLong();
            Image8 degraded = degradation.apply(clean, seeds[i]);
            if (!degraded.sameShape(clean)) {
                throw new IllegalStateException(degradation.id() + " changed the patch shape from "
                        + clean.describe() + " to " + degraded.describe());
            }
            ImageTensors.writeChw(degraded, inputs, i * patchValues);
            ImageTensors.writeChw(clean, targets, i * patchValues);
        }
        return new PatchBatch(batchSize, patchSize, inputs, targets, seeds, sources);
    }

    /**
     * One of the eight symmetries of a square: bit 0 flips left-right, bits 1..2 rotate by that
     * many quarter turns counter-clockwise.
     */
    static Image8 dihedral(Image8 square, int transform) {
        int n = square.width();
        boolean flip = (transform & 1) != 0;
        int turns = transform >> 1;
        return Image8.generate(n, n, square.channels(), (x, y, c) -> {
            int u = flip ? n - 1 - x : x;
            int sx;
            int sy;
            switch (turns) {
                case 0 -> {
                    sx = u;
                    sy = y;
                }
                case 1 -> {
                    sx = n - 1 - y;
                    sy = u;
                }
                case 2 -> {
                    sx = n - 1 - u;
                    sy = n - 1 - y;
                }
                default -> {
                    sx = y;
                    sy = n - 1 - u;
                }
            }
            return square.sample(sx, sy, c);
        });
    }
}
