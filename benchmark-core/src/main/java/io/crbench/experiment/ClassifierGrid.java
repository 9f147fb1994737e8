package io.crbench.experiment;

import io.crbench.degradation.Degradation;
import io.crbench.image.Image8;
import io.crbench.model.Classifier;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One classifier over one prepared data set, evaluated lazily per degradation and remembered, so a
 * suite's per-cell cases and its cross-cell claims share one evaluation per grid point. Closing it
 * closes the classifier.
 */
public final class ClassifierGrid implements AutoCloseable {
    private final Classifier classifier;
    private final String dataset;
    private final List<Image8> inputs;
    private final int[] labels;
    private final Map<String, ClassificationScores> scores = new ConcurrentHashMap<>();

    /**
     * @param classifier the model under test (owned by the grid from now on)
     * @param dataset mirror folder name of the data, for result rows
     * @param inputs images at the classifier's input size; may be a lazy list that decodes on
     *     {@code get} (a 50,000-image validation set does not fit in memory), and is not copied
     * @param labels true class per input
     */
    public ClassifierGrid(Classifier classifier, String dataset, List<Image8> inputs, int[] labels) {
        this.classifier = classifier;
        this.dataset = dataset;
        this.inputs = inputs;
        this.labels = labels.clone();
    }

    /** The scores under {@code degradation}, computed on first use. */
    public ClassificationScores scores(Degradation degradation) {
        return scores.computeIfAbsent(degradation.id(),
                id -> ClassificationScores.evaluate(classifier, inputs, labels, degradation));
    }

    /** The model's id, for result rows. */
    public String method() {
        return classifier.id();
    }

    /** The prepared inputs (possibly lazy), in label order. */
    public List<Image8> inputs() {
        return inputs;
    }

    /** The true class of every input, in input order (a copy). */
    public int[] labels() {
        return labels.clone();
    }

    /** The first input, for sample images in the report. */
    public Image8 sampleInput() {
        return inputs.get(0);
    }

    public String dataset() {
        return dataset;
    }

    public Classifier classifier() {
        return classifier;
    }

    @Override
    public void close() {
        classifier.close();
    }
}
