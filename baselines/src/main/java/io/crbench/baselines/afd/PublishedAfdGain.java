package io.crbench.baselines.afd;

import io.crbench.baselines.published.Margin;
import io.crbench.baselines.published.PublishedCell;
import io.crbench.baselines.published.PublishedTable;
import io.crbench.experiment.Scale;
import io.crbench.reproduction.PublishedValue;
import java.util.Locale;

/**
 * The top-1 gain seed 002 prints for an AFD-Module variant over DirectTest, (variant − DirectTest)
 * of two printed cells, as the value a measured gain is held to. The paper's absolute accuracies
 * are ResNet-50 on the 50,000 ImageNet validation images and cannot be compared with a stand-in
 * backbone on other images, but the size and direction of the gain can. The value carries a known
 * deviation, so a gain far from the paper's is reported with its reason rather than failing.
 */
public final class PublishedAfdGain {
    private PublishedAfdGain() {
    }

    /** The known deviation of every AFD gain measured here at {@code scale}. */
    public static String deviation(Scale scale) {
        return "seed 002's gain is ResNet-50's on ImageNet val with the module trained at paper scale on DIV2K-C;"
                + " this is the dequantised MobileNetV2 on the ImageNet sample images with the module trained at "
                + scale.name().toLowerCase(Locale.ROOT) + " scale on CBSD68 (" + AfdRows.STAND_IN + "), so only the"
                + " direction and rough size of the gain are comparable";
    }

    /**
     * The gain of {@code variant} over {@code directTest} (both in percent, from seed 002's tables).
     *
     * @param table the table the variant cell is printed in (its margin is used)
     * @param variant the AFD-Module cell
     * @param directTest the DirectTest cell at the same quality (Table I prints none: Table V's)
     * @param deviation why the measured gain is not expected to match (backbone, data, training)
     */
    public static PublishedValue of(PublishedTable table, PublishedCell variant, PublishedCell directTest,
            String deviation) {
        Margin margin = table.margin(variant.column());
        double gain = variant.asFraction() - directTest.asFraction();
        String cell = variant.row() + "/" + variant.column() + " − " + directTest.row() + "/" + directTest.column()
                + (directTest.table().equals(variant.table()) ? "" : " (Table " + directTest.table() + ")");
        return new PublishedValue(variant.paper(), variant.table(), cell, gain, margin.asFraction(),
                margin.justification(), deviation);
    }
}
