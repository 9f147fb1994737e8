package io.crbench.experiment;

import io.crbench.degradation.Degradation;
import io.crbench.image.Image8;
import io.crbench.metric.TopKAccuracy;
import io.crbench.model.Classifier;
import io.crbench.reproduction.Measurement;
import io.crbench.result.MetricId;
import io.crbench.stats.McNemarExact;
import io.crbench.stats.McNemarResult;
import io.crbench.stats.WilsonInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntToLongFunction;

/** Per-image top-1 and top-5 hits of one classifier on one degraded data set. */
public final class ClassificationScores {
    private final boolean[] top1;
    private final boolean[] top5;
    /** Bits per pixel of each compressed image; NaN when the degradation does not compress. */
    private final double[] bitsPerPixel;

    private ClassificationScores(boolean[] top1, boolean[] top5, double[] bitsPerPixel) {
        this.top1 = top1;
        this.top5 = top5;
        this.bitsPerPixel = bitsPerPixel;
    }

    /**
     * Scores from per-image hits measured elsewhere (e.g. merged from shards of a run), image
     * {@code i} at index {@code i} of both arrays.
     */
    public static ClassificationScores of(boolean[] top1, boolean[] top5) {
        if (top1.length != top5.length || top1.length == 0) {
            throw new IllegalArgumentException("need the same, positive number of top-1 and top-5 hits, got "
                    + top1.length + " and " + top5.length);
        }
        for (int i = 0; i < top1.length; i++) {
            if (top1[i] && !top5[i]) {
                throw new IllegalArgumentException("image " + i + " is a top-1 hit but not a top-5 hit");
            }
        }
        double[] noRate = new double[top1.length];
        Arrays.fill(noRate, Double.NaN);
        return new ClassificationScores(top1.clone(), top5.clone(), noRate);
    }

    /**
     * Degrades each prepared input (image seed = its index; {@link Degradation#degradeAll}, so in
     * parallel, and a restorer batched) and classifies it.
     *
     * @param inputs images already at the classifier's input size (e.g. the 224 crop)
     * @param labels true class of each input
     */
    public static ClassificationScores evaluate(Classifier classifier, List<Image8> inputs, int[] labels,
            Degradation degradation) {
        return evaluateAll(List.of(classifier), inputs, labels, degradation).get(0);
    }

    /**
     * As {@link #evaluate}, for several classifiers on the same degraded images: each input is
     * degraded once and every classifier sees that image, so the scores are paired and an expensive
     * degradation (an external encoder) is paid once.
     *
     * @return one score set per classifier, in the order given
     */
    public static List<ClassificationScores> evaluateAll(List<? extends Classifier> classifiers, List<Image8> inputs,
            int[] labels, Degradation degradation) {
        return evaluateAll(classifiers, inputs, labels, degradation, i -> i);
    }

    /**
     * As {@link #evaluateAll(List, List, int[], Degradation)}, input {@code i} degraded with image
     * seed {@code imageSeed(i)}: for a subset of a larger set (a shard, a chunk) whose images keep
     * their seeds from the whole set.
     */
    public static List<ClassificationScores> evaluateAll(List<? extends Classifier> classifiers, List<Image8> inputs,
            int[] labels, Degradation degradation, IntToLongFunction imageSeed) {
        if (inputs.size() != labels.length || inputs.isEmpty() || classifiers.isEmpty()) {
            throw new IllegalArgumentException("need one label per input, at least one input and one classifier, got "
                    + inputs.size() + " inputs, " + labels.length + " labels and " + classifiers.size()
                    + " classifiers");
        }
        boolean[][] top1 = new boolean[classifiers.size()][inputs.size()];
        boolean[][] top5 = new boolean[classifiers.size()][inputs.size()];
        double[] rates = new double[inputs.size()];
        DegradedChunks.forEach(inputs, degradation, imageSeed, DegradedChunks.DEFAULT_SIZE, (from, chunk) -> {
            List<Image8> degraded = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                rates[from + i] = chunk.get(i).bitsPerPixel();
                degraded.add(chunk.get(i).image());
            }
            int[] chunkLabels = Arrays.copyOfRange(labels, from, from + chunk.size());
            for (int c = 0; c < classifiers.size(); c++) {
                Classifier classifier = classifiers.get(c);
                float[][] logits = classifier.logits(degraded);
                int k = Math.min(5, classifier.numClasses());
                System.arraycopy(TopKAccuracy.correct(logits, chunkLabels, 1), 0, top1[c], from, chunk.size());
                System.arraycopy(TopKAccuracy.correct(logits, chunkLabels, k), 0, top5[c], from, chunk.size());
            }
        });
        List<ClassificationScores> out = new ArrayList<>();
        for (int c = 0; c < classifiers.size(); c++) {
            out.add(new ClassificationScores(top1[c], top5[c], rates));
        }
        return out;
    }

    /** Number of images. */
    public int n() {
        return top1.length;
    }

    /** Per-image top-1 hits. */
    public boolean[] top1Hits() {
        return top1.clone();
    }

    /** Per-image top-5 hits. */
    public boolean[] top5Hits() {
        return top5.clone();
    }

    /** Per-image bits per pixel; NaN when the degradation does not compress. */
    public double[] perImageBitsPerPixel() {
        return bitsPerPixel.clone();
    }

    /** Top-1 accuracy with its Wilson interval. */
    public Measurement top1() {
        return accuracy(MetricId.TOP1, top1);
    }

    /**
     * Mean bits per pixel of the compressed images with a bootstrap interval, when the degradation
     * was a {@link io.crbench.degradation.Compression}; every classifier of one evaluation shares the same images and rates.
     */
    public Optional<Measurement> bitsPerPixel() {
        if (Double.isNaN(bitsPerPixel[0])) {
            return Optional.empty();
        }
        return Optional.of(StatisticalConventions.bootstrapMean(MetricId.BPP, bitsPerPixel));
    }

    /** Top-5 accuracy with its Wilson interval. */
    public Measurement top5() {
        return accuracy(MetricId.TOP5, top5);
    }

    /**
     * Top-1 of these scores minus {@code baseline}'s on the same images: the paired interval of the
     * change, and the flip counts (wrong→right = improved, right→wrong = worsened) with their exact
     * McNemar (sign) test.
     */
    public PairedComparison top1ChangeFrom(ClassificationScores baseline) {
        return PairedComparison.of(MetricId.TOP1_GAIN, indicators(top1), indicators(baseline.top1));
    }

    private static double[] indicators(boolean[] hits) {
        double[] d = new double[hits.length];
        for (int i = 0; i < hits.length; i++) {
            d[i] = hits[i] ? 1 : 0;
        }
        return d;
    }

    /**
     * Top-1 of {@code reference} minus these scores' on the same images (the accuracy lost, e.g.
     * from clean to compressed images), with the paired interval and flip counts.
     */
    public PairedComparison top1DropFrom(ClassificationScores reference) {
        return PairedComparison.of(MetricId.TOP1_DROP, indicators(reference.top1), indicators(top1));
    }

    /** Exact McNemar test of top-1 hits against {@code other} on the same images. */
    public McNemarResult mcNemarTop1(ClassificationScores other) {
        return McNemarExact.test(top1, other.top1);
    }

    private static Measurement accuracy(MetricId metric, boolean[] hits) {
        int successes = 0;
        for (boolean h : hits) {
            successes += h ? 1 : 0;
        }
        return new Measurement(metric, WilsonInterval.of(successes, hits.length, StatisticalConventions.LEVEL),
                hits.length);
    }
}
