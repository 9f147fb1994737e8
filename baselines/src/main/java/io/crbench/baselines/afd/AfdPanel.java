package io.crbench.baselines.afd;

import io.crbench.datasets.images.LabeledInputs;
import io.crbench.datasets.images.PreparedSets;
import io.crbench.degradation.Degradation;
import io.crbench.experiment.ClassifierPanel;
import io.crbench.experiment.Scale;
import io.crbench.experiment.Top1ChangeFamily;
import io.crbench.model.Classifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DirectTest and AFD-Module variants on the dequantised MobileNetV2, evaluated together on the
 * ImageNet-C crops of the ImageNet sample images: every image is degraded once per degradation and
 * seen by every classifier, so each variant's change from DirectTest is paired. Panels are built
 * once per JVM (training or loading every variant first) and shared by the suites that ask for the
 * same variants and subset; they stay open until the JVM exits.
 */
public final class AfdPanel {
    private static final Map<String, AfdPanel> PANELS = new ConcurrentHashMap<>();

    private final ClassifierPanel panel;
    private final String directTest;
    private final Map<AfdConfig, String> ids;
    private final int step;

    private AfdPanel(ClassifierPanel panel, String directTest, Map<AfdConfig, String> ids, int step) {
        this.panel = panel;
        this.directTest = directTest;
        this.ids = ids;
        this.step = step;
    }

    /**
     * DirectTest and the given variants at {@code scale} on every {@code step}-th sample image
     * (1 = all 1,000; 4 = 250 images, one class in four).
     */
    public static synchronized AfdPanel onImageNetSample(List<AfdConfig> variants, int step, Scale scale) {
        String key = variants + "/" + step + "/" + scale;
        AfdPanel p = PANELS.get(key);
        if (p == null) {
            LabeledInputs inputs = PreparedSets.imageNetSample().everyNth(step);
            List<Classifier> classifiers = new ArrayList<>();
            Classifier direct = AfdModules.directTest();
            classifiers.add(direct);
            Map<AfdConfig, String> ids = new LinkedHashMap<>();
            for (AfdConfig c : variants) {
                Classifier afd = AfdModules.classifier(c, scale);
                classifiers.add(afd);
                ids.put(c, afd.id());
            }
            p = new AfdPanel(new ClassifierPanel(classifiers, inputs.dataset(), inputs.images(), inputs.labels()),
                    direct.id(), ids, step);
            PANELS.put(key, p);
        }
        return p;
    }

    /** The underlying panel. */
    public ClassifierPanel panel() {
        return panel;
    }

    /** Id of the backbone alone (DirectTest). */
    public String directTest() {
        return directTest;
    }

    /** Id of the backbone with {@code variant}'s module. */
    public String id(AfdConfig variant) {
        String id = ids.get(variant);
        if (id == null) {
            throw new IllegalArgumentException("no AFD variant " + variant + " in this panel; it has " + ids.keySet());
        }
        return id;
    }

    /** {@code variant} against DirectTest over {@code family}, Holm-corrected across it. */
    public Top1ChangeFamily family(AfdConfig variant, List<Degradation> family) {
        return new Top1ChangeFamily(panel, directTest, id(variant), family);
    }

    /** Which images, in words, for result rows. */
    public String subset() {
        return step == 1 ? "all " + panel.size() + " ImageNet sample images"
                : "one ImageNet sample image in " + step + " (" + panel.size() + " images, one class in " + step + ")";
    }
}
