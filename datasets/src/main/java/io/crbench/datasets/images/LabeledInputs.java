package io.crbench.datasets.images;

import io.crbench.image.Image8;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * A data set ready for a classifier: images already preprocessed to its input geometry (e.g.
 * ImageNet's resize-256 / centre-crop-224), with their labels. Degradations then act on these
 * inputs, as in ImageNet-C.
 *
 * @param dataset mirror folder name of the source set
 * @param images preprocessed images
 * @param labels class index per image
 */
public record LabeledInputs(String dataset, List<Image8> images, int[] labels) {
    public LabeledInputs {
        if (images.size() != labels.length) {
            throw new IllegalArgumentException(dataset + ": " + images.size() + " images but " + labels.length
                    + " labels");
        }
        images = List.copyOf(images);
        labels = labels.clone();
    }

    /** Loads and preprocesses {@code n} samples in parallel (decoding dominates; one core each). */
    public static LabeledInputs prepare(String dataset, int n, IntFunction<LabeledImage> load,
            UnaryOperator<Image8> preprocess) {
        LabeledImage[] samples = IntStream.range(0, n).parallel()
                .mapToObj(i -> {
                    LabeledImage s = load.apply(i);
                    return new LabeledImage(s.name(), s.label(), preprocess.apply(s.image()));
                })
                .toArray(LabeledImage[]::new);
        return new LabeledInputs(dataset, Arrays.stream(samples).map(LabeledImage::image).toList(),
                Arrays.stream(samples).mapToInt(LabeledImage::label).toArray());
    }

    /** The inputs themselves, as samples. */
    public static LabeledInputs of(String dataset, List<LabeledImage> samples) {
        return new LabeledInputs(dataset, samples.stream().map(LabeledImage::image).toList(),
                samples.stream().mapToInt(LabeledImage::label).toArray());
    }

    /** Number of inputs. */
    public int size() {
        return images.size();
    }

    /**
     * Every {@code step}-th input, starting with the first: a fixed subset that keeps the class
     * spread of a class-sorted set (ImageNet sample images are sorted by synset).
     */
    public LabeledInputs everyNth(int step) {
        if (step <= 0) {
            throw new IllegalArgumentException("step must be positive, got " + step);
        }
        int m = (size() + step - 1) / step;
        int[] picked = new int[m];
        Image8[] chosen = new Image8[m];
        for (int j = 0; j < m; j++) {
            chosen[j] = images.get(j * step);
            picked[j] = labels[j * step];
        }
        return new LabeledInputs(dataset, List.of(chosen), picked);
    }

    /**
     * Every other input of each class: those at positions {@code phase}, {@code phase + 2}, … among
     * the inputs of their class, in the current order. Phases 0 and 1 split a set into two
     * disjoint halves with the same class balance (how seed 003's suite makes a training set out
     * of CIFAR-10-test, whose training images the mirror lacks).
     *
     * @param phase 0 or 1
     */
    public LabeledInputs everyOtherPerClass(int phase) {
        if (phase != 0 && phase != 1) {
            throw new IllegalArgumentException("phase must be 0 or 1, got " + phase);
        }
        Map<Integer, Integer> seen = new HashMap<>();
        return select(i -> seen.merge(labels[i], 1, Integer::sum) % 2 == 1 - phase);
    }

    /** The first {@code perClass} inputs of every class (all of a class with fewer), in the current order. */
    public LabeledInputs firstPerClass(int perClass) {
        if (perClass <= 0) {
            throw new IllegalArgumentException("perClass must be positive, got " + perClass);
        }
        Map<Integer, Integer> taken = new HashMap<>();
        return select(i -> taken.merge(labels[i], 1, Integer::sum) <= perClass);
    }

    /** The inputs {@link #firstPerClass} leaves out: every input of a class after its first {@code perClass}. */
    public LabeledInputs afterFirstPerClass(int perClass) {
        if (perClass < 0) {
            throw new IllegalArgumentException("perClass must not be negative, got " + perClass);
        }
        Map<Integer, Integer> taken = new HashMap<>();
        return select(i -> taken.merge(labels[i], 1, Integer::sum) > perClass);
    }

    /** The inputs whose index passes {@code keep}, asked once per index in order. */
    private LabeledInputs select(IntPredicate keep) {
        List<Image8> chosen = new ArrayList<>();
        List<Integer> chosenLabels = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (keep.test(i)) {
                chosen.add(images.get(i));
                chosenLabels.add(labels[i]);
            }
        }
        return new LabeledInputs(dataset, chosen, chosenLabels.stream().mapToInt(Integer::intValue).toArray());
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }
}
