package io.crbench.experiment;

import io.crbench.degradation.Degradation;
import io.crbench.image.Image8;
import io.crbench.model.Classifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Several classifiers over one prepared data set, evaluated together per degradation and
 * remembered: every image is degraded once and every classifier sees the same degraded image
 * ({@link ClassificationScores#evaluateAll}), so method-vs-baseline comparisons are paired and an
 * expensive degradation is paid once. Closing it closes the classifiers.
 */
public final class ClassifierPanel implements AutoCloseable {
    private final Map<String, Classifier> classifiers = new LinkedHashMap<>();
    private final String dataset;
    private final List<Image8> inputs;
    private final int[] labels;
    private final Map<String, Map<String, ClassificationScores>> scores = new ConcurrentHashMap<>();

    /**
     * @param classifiers the models under test, distinct ids (owned by the panel from now on)
     * @param dataset mirror folder name of the data, for result rows
     * @param inputs images at the classifiers' input size, not copied
     * @param labels true class per input
     */
    public ClassifierPanel(List<? extends Classifier> classifiers, String dataset, List<Image8> inputs, int[] labels) {
        for (Classifier c : classifiers) {
            if (this.classifiers.put(c.id(), c) != null) {
                throw new IllegalArgumentException("two classifiers of a panel share the id " + c.id());
            }
        }
        if (this.classifiers.isEmpty()) {
            throw new IllegalArgumentException("a classifier panel needs at least one classifier");
        }
        this.dataset = dataset;
        this.inputs = inputs;
        this.labels = labels.clone();
    }

    /** The scores of classifier {@code id} under {@code degradation}; all classifiers are evaluated on first use. */
    public ClassificationScores scores(String id, Degradation degradation) {
        if (!classifiers.containsKey(id)) {
            throw new IllegalArgumentException("no classifier '" + id + "' in this panel; it has " + classifiers.keySet());
        }
        return scores.computeIfAbsent(degradation.id(), d -> {
            List<Classifier> all = List.copyOf(classifiers.values());
            List<ClassificationScores> each = ClassificationScores.evaluateAll(all, inputs, labels, degradation);
            Map<String, ClassificationScores> byId = new LinkedHashMap<>();
            for (int i = 0; i < all.size(); i++) {
                byId.put(all.get(i).id(), each.get(i));
            }
            return byId;
        }).get(id);
    }

    /** The classifier ids, in the order given. */
    public List<String> ids() {
        return List.copyOf(classifiers.keySet());
    }

    /** The first input, for sample images in the report. */
    public Image8 sampleInput() {
        return inputs.get(0);
    }

    /** Number of images. */
    public int size() {
        return inputs.size();
    }

    public String dataset() {
        return dataset;
    }

    @Override
    public void close() {
        classifiers.values().forEach(Classifier::close);
    }
}
