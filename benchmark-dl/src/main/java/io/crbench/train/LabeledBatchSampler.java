package io.crbench.train;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.crbench.degradation.Degradation;
import io.crbench.image.Image8;
import io.crbench.restore.ImageTensors;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws classifier training batches from labelled images: epochs over the set in a fresh random
 * order each, every drawn image augmented ({@link RandomAffine}) and then degraded (identity,
 * JPEG at a random QF, or a degradation followed by a restorer, which runs batched through
 * {@link Degradation#applyAll}). Inputs are NCHW RGB in [0, 1] (gray images as three equal
 * channels), labels the class indices as floats, what DJL's softmax cross-entropy takes.
 *
 * <p>All draws (order, augmentation, degradation seeds) come from one {@link SplittableRandom}
 * seeded at construction, so two samplers with the same arguments give the same batches.
 */
public final class LabeledBatchSampler implements BatchSource {
    private final LabeledTrainingSet set;
    private final RandomAffine augmentation;
    private final Degradation degradation;
    private final SplittableRandom rng;
    private int[] order;
    private int position;

    /**
     * @param set the labelled images
     * @param augmentation applied to each drawn image first
     * @param degradation applied to each augmented image, with a drawn image seed
     * @param seed seed of every draw
     */
    public LabeledBatchSampler(LabeledTrainingSet set, RandomAffine augmentation, Degradation degradation, long seed) {
        this.set = set;
        this.augmentation = augmentation;
        this.degradation = degradation;
        this.rng = new SplittableRandom(seed);
        set.imageSize();
    }

    @Override
    public Shape inputShape(int batchSize) {
        return new Shape(batchSize, ImageTensors.CHANNELS, set.imageSize(), set.imageSize());
    }

    @Override
    public Batch next(int batchSize, NDManager manager) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        List<Image8> augmented = new ArrayList<>(batchSize);
        long[] seeds = new long[batchSize];
        float[] labels = new float[batchSize];
        for (int i = 0; i < batchSize; i++) {
            int index = nextIndex();
            augmented.add(augmentation.apply(set.images().get(index), rng));
            seeds[i] = rng.nextLong();
            labels[i] = set.label(index);
        }
        List<Image8> inputs = degradation.applyAll(augmented, seeds);
        int side = set.imageSize();
        int values = ImageTensors.CHANNELS * side * side;
        float[] pixels = new float[batchSize * values];
        for (int i = 0; i < batchSize; i++) {
            Image8 input = inputs.get(i);
            if (input.width() != side || input.height() != side) {
                throw new IllegalStateException(degradation.id() + " changed a training image from " + side + "x"
                        + side + " to " + input.describe());
            }
            ImageTensors.writeChw(input.toRgb(), pixels, i * values);
        }
        return new Batch(new NDList(manager.create(pixels, inputShape(batchSize))),
                new NDList(manager.create(labels, new Shape(batchSize))));
    }

    /** The next image of the current epoch, starting a freshly shuffled epoch when one ends. */
    private int nextIndex() {
        if (order == null || position == order.length) {
            order = new int[set.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            for (int i = order.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            position = 0;
        }
        return order[position++];
    }
}
