package io.crbench.baselines.restorers;

import io.crbench.datasets.Datasets;
import io.crbench.datasets.images.ImageFolderDataset;
import io.crbench.train.TrainingSet;

/**
 * The clean photos restorers are trained on: CBSD68 (68 colour photos of 481×321, the BSD68 test
 * split of BSDS500). They share no content with the test sets LIVE1_color and Classic5.
 *
 * <p>Kodak24 is deliberately left out: 20 of LIVE1's 29 reference images are Kodak PhotoCD images
 * (bikes = kodim05, caps = kodim03, parrots = kodim23, paintedhouse = kodim24, …; some cropped to
 * 480×720), so training on Kodak24 would test LIVE1 partly on training images.
 */
public final class CleanTrainingImages {
    private static volatile TrainingSet cbsd68;

    private CleanTrainingImages() {
    }

    /** CBSD68, decoded once per JVM from the configured mirror or cache. */
    public static TrainingSet cbsd68() {
        TrainingSet set = cbsd68;
        if (set == null) {
            synchronized (CleanTrainingImages.class) {
                set = cbsd68;
                if (set == null) {
                    set = TrainingSet.of(Datasets.CBSD68,
                            ImageFolderDataset.load(Datasets.locate(Datasets.CBSD68)).pixels());
                    cbsd68 = set;
                }
            }
        }
        return set;
    }
}
