package io.crbench.model;

import io.crbench.image.Image8;
import java.util.List;

/** A PyTorch-engine {@link Classifier} whose forward passes run on one thread (see {@link TorchThreads}). */
public final class SingleThreadedClassifier implements Classifier {
    private final Classifier classifier;

    /** Wraps {@code classifier}, which it closes when closed. */
    public SingleThreadedClassifier(Classifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public String id() {
        return classifier.id();
    }

    @Override
    public int numClasses() {
        return classifier.numClasses();
    }

    @Override
    public int inputSize() {
        return classifier.inputSize();
    }

    @Override
    public float[][] logits(List<Image8> images) {
        return TorchThreads.singleThreaded(() -> classifier.logits(images));
    }

    @Override
    public void close() {
        classifier.close();
    }
}
