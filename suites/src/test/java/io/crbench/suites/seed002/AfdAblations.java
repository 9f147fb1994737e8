package io.crbench.suites.seed002;

import io.crbench.baselines.afd.AfdConfig;
import io.crbench.baselines.afd.AfdPanel;
import io.crbench.baselines.afd.GuidanceInput;
import io.crbench.experiment.Scale;
import java.util.List;

/**
 * The AFD-Module variants of seed 002's ablations (Table I depths, Tables II and III guidance),
 * requested together by both ablation suites so that they share one panel and one pass over the
 * images.
 */
final class AfdAblations {
    private AfdAblations() {
    }

    /**
     * The panel both suites evaluate: every variant and DirectTest on every 20th sample image at
     * {@code ci} scale (50), all 1,000 at paper scale.
     */
    static AfdPanel panel(Scale scale) {
        return AfdPanel.onImageNetSample(variants(scale), scale.pick(20, 1), scale);
    }

    static List<AfdConfig> variants(Scale scale) {
        AfdConfig dct = AfdConfig.at(1, scale);
        return List.of(dct, AfdConfig.at(2, scale), AfdConfig.at(3, scale), AfdConfig.at(4, scale),
                dct.guidedBy(GuidanceInput.NONE), dct.guidedBy(GuidanceInput.PIXEL_BLOCKS),
                dct.guidedBy(GuidanceInput.SHUFFLED_DCT));
    }
}
