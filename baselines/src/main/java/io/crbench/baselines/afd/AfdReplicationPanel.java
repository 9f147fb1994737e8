package io.crbench.baselines.afd;

import io.crbench.baselines.classifiers.AuthorsCifarResNet;
import io.crbench.baselines.replication.CifarReplication;
import io.crbench.datasets.images.LabeledInputs;
import io.crbench.degradation.Degradation;
import io.crbench.experiment.ClassifierPanel;
import io.crbench.experiment.PairedComparison;
import io.crbench.model.BackboneClassifier;
import io.crbench.model.Classifier;
import io.crbench.reproduction.Measurement;
import io.crbench.train.TrainedModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * DirectTest (the frozen ResNet-20 alone) and one training seed's AFD-Modules of the CIFAR-10
 * replication ({@link CifarReplication}), each module deployed on its own copy of the ResNet-20,
 * evaluated together on the protocol's test images: every image is compressed once per condition
 * and seen by all of them, so each module's change from DirectTest, and one module against
 * another, is paired per image. A panel holds only the modules its comparisons need (each ResNet-20
 * pass costs about 2 ms an image). Closing it closes the classifiers.
 */
public final class AfdReplicationPanel implements AutoCloseable {
    /** DirectTest's classifier id: the frozen ResNet-20 alone. */
    public static final String DIRECT_TEST = AuthorsCifarResNet.id(CifarReplication.CLASSIFIER_DEPTH);
    /** Side of the CIFAR-10 images the modules are deployed on. */
    private static final int IMAGE_SIZE = 32;
    /** Images per forward pass. */
    private static final int BATCH = 100;

    private final ClassifierPanel panel;
    private final Map<AfdConfig, String> ids;

    private AfdReplicationPanel(ClassifierPanel panel, Map<AfdConfig, String> ids) {
        this.panel = panel;
        this.ids = ids;
    }

    /**
     * DirectTest and the modules of {@code variants} trained with training seed {@code seed}.
     *
     * @param trained a variant's training-form module, trained or loaded on request (each module
     *     deploys its own copy of the weights)
     */
    public static AfdReplicationPanel open(List<AfdConfig> variants, long seed, CifarReplication protocol,
            Function<AfdConfig, TrainedModel> trained) {
        List<Classifier> classifiers = new ArrayList<>();
        classifiers.add(new BackboneClassifier(CifarReplication.classifier(), IMAGE_SIZE, BATCH));
        Map<AfdConfig, String> ids = new LinkedHashMap<>();
        for (AfdConfig variant : variants) {
            DeployedAfd module = DeployedAfd.of(AfdMethod.replicationId(variant, seed, protocol),
                    trained.apply(variant), IMAGE_SIZE);
            Classifier withModule = new BackboneClassifier(CifarReplication.classifier(), module, IMAGE_SIZE, BATCH);
            classifiers.add(withModule);
            ids.put(variant, withModule.id());
        }
        LabeledInputs test = protocol.test();
        return new AfdReplicationPanel(new ClassifierPanel(classifiers, test.dataset(), test.images(), test.labels()),
                ids);
    }

    /** Classifier id of the ResNet-20 with {@code variant}'s module, as rows name it. */
    public String id(AfdConfig variant) {
        String id = ids.get(variant);
        if (id == null) {
            throw new IllegalArgumentException("no AFD variant " + variant + " in this panel; it has " + ids.keySet());
        }
        return id;
    }

    /** DirectTest's top-1 under {@code d}. */
    public Measurement directTestTop1(Degradation d) {
        return panel.scores(DIRECT_TEST, d).top1();
    }

    /** Top-1 of {@code variant}'s module minus DirectTest's under {@code d}, paired per image. */
    public PairedComparison gain(AfdConfig variant, Degradation d) {
        return panel.scores(id(variant), d).top1ChangeFrom(panel.scores(DIRECT_TEST, d));
    }

    /** Top-1 of {@code variant}'s module minus {@code baseline}'s under {@code d}, paired per image. */
    public PairedComparison difference(AfdConfig variant, AfdConfig baseline, Degradation d) {
        return panel.scores(id(variant), d).top1ChangeFrom(panel.scores(id(baseline), d));
    }

    /** Mirror folder name of the test images, for result rows. */
    public String dataset() {
        return panel.dataset();
    }

    @Override
    public void close() {
        panel.close();
    }
}
