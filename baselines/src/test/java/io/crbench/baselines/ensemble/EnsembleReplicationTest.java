package io.crbench.baselines.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import io.crbench.baselines.replication.CifarReplication;
import io.crbench.model.TorchThreads;
import io.crbench.restore.PassThroughRestorer;
import io.crbench.restore.Restorer;
import io.crbench.train.ClassCrossEntropy;
import io.crbench.train.TrainingJob;
import org.junit.jupiter.api.Test;

class EnsembleReplicationTest {
    private static final CifarReplication PROTOCOL = CifarReplication.REDUCED;
    /** Stands in for the trained restorer: the keys, not the pixels, are under test. */
    private static final Restorer PASS = new PassThroughRestorer("dilated-restorer(jpeg,cifar-reduced,seed=1)");

    @Test
    void theClassifiersAreTheReleasedResNetFineTunedAndKeyedToWhatTheyLearnFrom() {
        TrainingJob degraded = EnsembleReplication.degradedClassifierJob(1, PROTOCOL);
        assertThat(degraded.methodId()).isEqualTo("resnet20-cifar10-authors-finetuned(jpeg,cifar-reduced,seed=1)");
        assertThat(degraded.loss()).isInstanceOf(ClassCrossEntropy.class);
        assertThat(degraded.recipe().learningRate()).isEqualTo(EnsembleReplication.FINE_TUNING_RATE);
        assertThat(degraded.stopping()).isNotNull();
        assertThat(degraded.checkpointKey().canonical()).contains("warm_start=cifar10-resnet/resnet20-12fca82f.th");

        TrainingJob restorer = EnsembleReplication.restorerJob(1, PROTOCOL);
        assertThat(restorer.pretrained()).isNull();
        TrainingJob restored = EnsembleReplication.restoredClassifierJob(1, PROTOCOL, restorer, PASS);
        // The restorer enters the key by its checkpoint: a retrained restorer retrains this classifier.
        assertThat(restored.degradation().id()).contains(PASS.id() + "#"
                + restorer.checkpointKey().nameSha256().substring(0, 12));
        // That name reaches result rows, so it is the same on every machine of this build: the one
        // the accepted rows of the default run (baselines/recorded/accepted/003.jsonl) hold.
        assertThat(TorchThreads.singleThreaded(() -> restored.degradation().id())).isEqualTo(
                restored.degradation().id()).contains("#c26696028f4d");
        assertThat(EnsembleReplication.restorerJob(2, PROTOCOL).checkpointKey().sha256())
                .isNotEqualTo(restorer.checkpointKey().sha256());
        assertThat(EnsembleReplication.levels(PROTOCOL)).containsExactly(10, 30, 50, 70, 90);
        assertThat(EnsembleReplication.levels(CifarReplication.FULL)).hasSize(10).startsWith(5).endsWith(95);
    }
}
