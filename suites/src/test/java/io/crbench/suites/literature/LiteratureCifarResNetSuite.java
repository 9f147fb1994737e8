package io.crbench.suites.literature;

import io.crbench.baselines.classifiers.AuthorsCifarResNet;
import io.crbench.baselines.classifiers.ClassifierGrids;
import io.crbench.baselines.published.PublishedTable;
import io.crbench.baselines.published.PublishedTables;
import io.crbench.datasets.Datasets;
import io.crbench.datasets.images.LabeledInputs;
import io.crbench.datasets.images.PreparedSets;
import io.crbench.degradation.Identity;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClassifierGrid;
import io.crbench.experiment.LatencyMeasurement;
import io.crbench.experiment.LatencyProbe;
import io.crbench.experiment.Scale;
import io.crbench.reports.ExperimentReportExtension;
import io.crbench.reproduction.Measurement;
import io.crbench.result.CellKey;
import io.crbench.result.MetricId;
import io.crbench.result.TableKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The released CIFAR-10 ResNets (akamaster/pytorch_resnet_cifar10, read from their legacy PyTorch
 * checkpoints) on the 10,000 CIFAR-10 test images: top-1 held to the repository README's test
 * error ({@code akamaster} Table README: the same weights and images, so no sampling term) and set
 * beside He et al.'s Table 6 ({@code resnet} Table 6: the paper's own training runs, which these
 * weights only stand in for, so substitute-measured), plus CPU inference latency at batch 1 and
 * 32. {@code ci} scale runs ResNet-20 (about 25 s on 2 cores); ResNet-56 (about 75 s) runs with
 * {@code -Pfull}.
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Literature: released CIFAR-10 ResNet-20/56 vs their README and He et al. Table 6 (top-1, latency)")
class LiteratureCifarResNetSuite {
    private static final PublishedTable README = PublishedTables.load("akamaster", "README");
    private static final PublishedTable HE_TABLE_6 = PublishedTables.load("resnet", "6");
    private static final String COLUMN = "top1";
    private static final String RETRAINED = "akamaster/pytorch_resnet_cifar10's re-training of the architecture stands in"
            + " for He et al.'s own networks, which were never released";
    private static final int WARMUP = 10;
    private static final int REPETITIONS = 100;

    @ParameterizedTest(name = "ResNet-{0}: top-1 on CIFAR-10-test (README table; He et al. Table 6) and latency")
    @ValueSource(ints = {20, 56})
    void top1(int depth) {
        String row = "ResNet-" + depth;
        String id = AuthorsCifarResNet.id(depth);
        if (depth == 56 && Scale.current() == Scale.CI) {
            String why = "ResNet-56 is measured at paper scale (-Pfull) only: about 75 s of inference on 2 cores";
            for (PublishedTable t : new PublishedTable[] {README, HE_TABLE_6}) {
                CellRecorder.cannotRunHere(t.publishedValue(row, COLUMN), Datasets.CIFAR10_TEST, id,
                        new Identity().condition(), MetricId.TOP1, why);
            }
            return;
        }
        LabeledInputs test = PreparedSets.cifar10Test(1000);
        try (ClassifierGrid resnet = ClassifierGrids.authorsCifarResNet(depth, test)) {
            Identity clean = new Identity();
            Measurement top1 = resnet.scores(clean).top1();
            CellRecorder.compared(top1, README.publishedValue(row, COLUMN), test.dataset(), id, clean.condition());
            CellRecorder.substituted(top1, HE_TABLE_6.publishedValue(row, COLUMN), test.dataset(), id, clean.condition(),
                    RETRAINED);
            for (int batch : new int[] {1, 32}) {
                LatencyMeasurement m = LatencyProbe.measure(resnet.classifier(), test.images().subList(0, batch),
                        WARMUP, REPETITIONS);
                CellKey cell = TableKey.NONE.cell(id, "cpu ms per image, batch " + batch);
                String reason = "CPU inference time per 32x32 image, median and 95th percentile of " + REPETITIONS
                        + " timed forward passes after " + WARMUP + " warm-up passes; neither paper prints one";
                CellRecorder.latency(m, cell, test.dataset(), id, reason);
            }
        }
    }
}
