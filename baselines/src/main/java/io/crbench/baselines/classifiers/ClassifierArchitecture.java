package io.crbench.baselines.classifiers;

import ai.djl.nn.Block;
import io.crbench.experiment.Scale;

/** The classifier networks crbench trains itself, by name. */
public enum ClassifierArchitecture {
    /** Seed 003's classifier (Fig. 2), {@link VggLikeNet}. */
    VGG_LIKE("vgg-like"),
    /** He et al.'s CIFAR ResNet, {@link SmallResNet}: ResNet-8 at CI scale, ResNet-20 at paper scale. */
    SMALL_RESNET("small-resnet");

    private final String id;

    ClassifierArchitecture(String id) {
        this.id = id;
    }

    /** Stable name for model ids and result rows. */
    public String id() {
        return id;
    }

    /** A fresh network of {@code scale} for {@code numClasses} classes. */
    public Block block(Scale scale, int numClasses) {
        return this == VGG_LIKE ? VggLikeNet.block(scale, numClasses) : SmallResNet.block(scale, numClasses);
    }

    /** The network as a reader sees it, e.g. {@code ResNet-8} at CI scale. */
    public String displayName(Scale scale) {
        return this == VGG_LIKE ? "VGG-like" : scale.pick("ResNet-8", "ResNet-20");
    }
}
