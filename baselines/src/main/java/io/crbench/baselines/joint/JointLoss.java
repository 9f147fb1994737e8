package io.crbench.baselines.joint;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;
import io.crbench.model.FeatureBackbone;
import io.crbench.numerics.Scalars;
import io.crbench.train.CharbonnierLoss;
import io.crbench.train.ClassCrossEntropy;
import java.util.Locale;

/**
 * Seed 000's training loss (§II-B): {@code w · Charbonnier(restored, clean) + (1 − w) ·
 * CE(backbone(restored), label)}, the cross-entropy of a frozen classifier's logits on the restored
 * image against the image's class, back-propagated through the classifier into the restorer. The
 * paper uses w = {@value #PUBLISHED_WEIGHT}; w = 1 is the pixel-only restorer it is compared with,
 * for which the classifier is not run at all.
 *
 * <p>Labels are {@code NDList(clean [N,3,H,W], class [N])} (see
 * {@link io.crbench.train.PatchTargets#withClassLabels}); predictions {@code NDList(restored)}.
 * Cross-entropy is the mean over the batch of {@code −log softmax(logits)[label]}; the backbone
 * normalises its RGB input itself, as the paper normalises the restored image before EfficientNet.
 */
public final class JointLoss extends Loss {
    /** Seed 000's weight of the Charbonnier term (99 % pixel, 1 % classification). */
    public static final float PUBLISHED_WEIGHT = 0.99f;

    private final float weight;
    private final FeatureBackbone backbone;
    private final CharbonnierLoss charbonnier = new CharbonnierLoss();

    private JointLoss(float weight, FeatureBackbone backbone) {
        super(name(weight, backbone));
        this.weight = weight;
        this.backbone = backbone;
    }

    /** The Charbonnier term alone (w = 1): the pixel-loss restorer, no classifier needed. */
    public static JointLoss pixelOnly() {
        return new JointLoss(1f, null);
    }

    /**
     * {@code w · Charbonnier + (1 − w) · CE} through {@code backbone}.
     *
     * @param weight w in [0, 1); w = 1 is {@link #pixelOnly()}
     * @param backbone the frozen classifier; its logits must index the labels' classes
     */
    public static JointLoss withClassifier(float weight, FeatureBackbone backbone) {
        if (!(weight >= 0f && weight < 1f)) {
            throw new IllegalArgumentException("the joint loss needs a Charbonnier weight w in [0, 1), got " + weight
                    + " (w = 1 is the pixel-only loss)");
        }
        if (backbone == null) {
            throw new IllegalArgumentException("the joint loss with w = " + weight + " needs a classifier");
        }
        return new JointLoss(weight, backbone);
    }

    private static String name(float weight, FeatureBackbone backbone) {
        String w = String.format(Locale.ROOT, "w=%s", weight);
        return backbone == null ? "charbonnier+ce(" + w + ")" : "charbonnier+ce(" + w + ",backbone=" + backbone.id()
                + ")";
    }

    /** w, the weight of the Charbonnier term. */
    public float weight() {
        return weight;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray restored = predictions.get(0);
        NDArray pixel = charbonnier.evaluate(new NDList(labels.get(0)), new NDList(restored));
        if (backbone == null) {
            return pixel;
        }
        NDArray logits = backbone.logits(restored);
        NDArray crossEntropy = ClassCrossEntropy.of(logits, labels.get(1));
        return Scalars.times(pixel, weight).add(Scalars.times(crossEntropy, 1f - weight));
    }
}
