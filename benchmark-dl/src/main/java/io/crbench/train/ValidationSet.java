package io.crbench.train;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import io.crbench.degradation.Condition;
import io.crbench.degradation.Degradation;
import io.crbench.image.Image8;
import io.crbench.restore.ImageTensors;
import java.util.ArrayList;
import java.util.List;

/**
 * Held-out whole images, degraded once with fixed seeds, on which {@link EarlyStopping} measures
 * the training loss without gradients: the same inputs at every check, so the curve moves only
 * because the weights do. The loss's labels come from {@link PatchTargets} as in training (the
 * class of validation image i is {@code classOf[i]} for {@link PatchTargets#withClassLabels}).
 */
public final class ValidationSet {
    private static final int BATCH = 100;

    private final String id;
    private final Condition condition;
    private final List<PatchBatch> batches;
    private final PatchTargets targets;

    private ValidationSet(String id, Condition condition, List<PatchBatch> batches, PatchTargets targets) {
        this.id = id;
        this.condition = condition;
        this.batches = batches;
        this.targets = targets;
    }

    /**
     * @param id names the images and their degradation in checkpoint keys, e.g.
     *     {@code cifar10-validation(500)}
     * @param cleanImages the held-out images, all square and of one size
     * @param degradation applied to image i with seed {@code seed + i}
     * @param seed the degradation's base seed
     * @param targets the loss's labels; image indices are positions in {@code cleanImages}
     */
    public static ValidationSet of(String id, List<Image8> cleanImages, Degradation degradation, long seed,
            PatchTargets targets) {
        if (cleanImages.isEmpty()) {
            throw new IllegalArgumentException("validation set " + id + " has no images");
        }
        Image8 first = cleanImages.get(0);
        if (first.width() != first.height()) {
            throw new IllegalArgumentException("validation set " + id + ": images must be square (whole images are"
                    + " the network's patches), got " + first.describe());
        }
        long[] seeds = new long[cleanImages.size()];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = seed + i;
            if (!cleanImages.get(i).sameShape(first)) {
                throw new IllegalArgumentException("validation set " + id + ": image " + i + " is "
                        + cleanImages.get(i).describe() + ", image 0 " + first.describe() + "; all must be alike");
            }
        }
        List<Image8> degraded = degradation.applyAll(cleanImages, seeds);
        int values = ImageTensors.CHANNELS * first.width() * first.height();
        List<PatchBatch> batches = new ArrayList<>();
        for (int start = 0; start < seeds.length; start += BATCH) {
            int n = Math.min(BATCH, seeds.length - start);
            float[] inputs = new float[n * values];
            float[] clean = new float[n * values];
            long[] batchSeeds = new long[n];
            int[] sources = new int[n];
            for (int i = 0; i < n; i++) {
                ImageTensors.writeChw(degraded.get(start + i), inputs, i * values);
                ImageTensors.writeChw(cleanImages.get(start + i), clean, i * values);
                batchSeeds[i] = seeds[start + i];
                sources[i] = start + i;
            }
            batches.add(new PatchBatch(n, first.width(), inputs, clean, batchSeeds, sources));
        }
        String fullId = id + "∘" + degradation.id() + "(seed=" + seed + ")";
        return new ValidationSet(fullId, degradation.condition().withId(fullId), List.copyOf(batches), targets);
    }

    public String id() {
        return id;
    }

    /** The validation images' degradation as data, under this set's {@link #id()}. */
    public Condition condition() {
        return condition;
    }

    /** The fixed batches, in order. */
    List<PatchBatch> batches() {
        return batches;
    }

    /** The loss's labels of {@code batch}. */
    NDList labels(PatchBatch batch, NDManager manager) {
        return targets.of(batch, manager);
    }
}
