package io.crbench.suites.robustness;

import io.crbench.baselines.classifiers.ClassifierGrids;
import io.crbench.datasets.images.PreparedSets;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.Scale;
import io.crbench.result.TableKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;

/**
 * Rate–accuracy on CIFAR-10: the released ResNet-20 (akamaster/pytorch_resnet_cifar10, 91.73 % on
 * clean CIFAR-10-test) on 32×32 images through JPEG, AVIF, WebP, JPEG XL and JPEG 2000 along each
 * codec's {@link RateLadders#CIFAR10 CIFAR ladder}: top-1, top-5 and bits per pixel per setting, and
 * each codec against JPEG at equal rate. At this size a file's fixed costs dominate (JPEG's headers
 * alone are about 5 bpp), so the comparisons run over the part of JPEG's range the other codecs
 * reach. CI scale uses the first 10 test images of each class (100); paper scale the first 100 (1,000).
 */
@DisplayName("Rate–accuracy on CIFAR-10: ResNet-20 (released weights) top-1/top-5 against bits per pixel per codec")
class CifarCodecSuite extends RateAccuracyCases {
    private static final int DEPTH = 20;

    @Override
    ClassifierGrid openGrid() {
        return ClassifierGrids.authorsCifarResNet(DEPTH, PreparedSets.cifar10Test(Scale.current().pick(10, 100)));
    }

    @Override
    RateLadders ladders() {
        return RateLadders.CIFAR10;
    }

    /**
     * 6 bpp per image, where every codec's ladder overlaps (JPEG's smallest files average 5.1 bpp);
     * paper scale adds 8 bpp.
     */
    @Override
    List<Double> bitBudgets() {
        return Scale.current().pick(List.of(6.0), List.of(6.0, 8.0));
    }

    @Override
    Optional<String> bitBudgetsNotRunHere() {
        return Optional.empty();
    }

    @Override
    Source sourceOf(String family, int setting) {
        return new Source(TableKey.NONE, "no paper prints CIFAR-10 accuracies of this classifier for this codec at"
                + " this setting; recorded baseline");
    }
}
