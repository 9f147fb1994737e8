package io.crbench.suites.seed002;

import io.crbench.baselines.afd.AfdConfig;
import io.crbench.baselines.afd.AfdPanel;
import io.crbench.baselines.afd.GuidanceInput;
import io.crbench.baselines.afd.PublishedAfdGain;
import io.crbench.baselines.published.PublishedTable;
import io.crbench.baselines.published.PublishedTables;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClaimOutcome;
import io.crbench.experiment.Scale;
import io.crbench.experiment.Top1ChangeFamily;
import io.crbench.reports.ExperimentReportExtension;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seed 002 Tables II and III: what guides FE-Net. Table II compares FE-Net alone, FE-Net guided by
 * an FDE-Net reading pixel blocks, and the method (rearranged DCT coefficients); Table III the
 * method against DCT coefficients shuffled differently in every block. All enhance stage 1 of the
 * dequantised MobileNetV2. Each variant is compared with DirectTest (paper's gain as known-deviation
 * reference, McNemar Holm-corrected across QFs), and the DCT-guided module is compared directly with
 * each alternative, the paper's claim ("rearranged DCT is better"), which is recorded with its
 * Holm-adjusted p-value rather than asserted.
 *
 * <p>CI scale: QF 25 and 7 on one sample image in 20 (50 images, shared with
 * {@link Seed002AfdDepthAblationSuite}); paper scale: QF 25, 18, 10, 7 on all 1,000 images.
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Seed 002 Tables II and III: AFD guidance (none, pixel blocks, shuffled DCT, rearranged DCT) vs DirectTest")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Seed002AfdGuidanceAblationSuite {
    private static final Scale SCALE = Scale.current();
    private static final List<Integer> QUALITIES = SCALE.pick(List.of(25, 7), List.of(25, 18, 10, 7));
    private static final AfdConfig DCT = AfdConfig.at(1, SCALE);
    private final AfdPanel panel = AfdAblations.panel(SCALE);

    static Stream<Arguments> grid() {
        return Stream.of(
                Arguments.of("II", GuidanceInput.NONE, "ResNet-50/FE-Net"),
                Arguments.of("II", GuidanceInput.PIXEL_BLOCKS, "ResNet-50/FE-Net+ImageBlock"),
                Arguments.of("II", GuidanceInput.DCT, "ResNet-50/FE-Net+RearrangedDCT"),
                Arguments.of("III", GuidanceInput.SHUFFLED_DCT, "ResNet-50/ShuffledDCT"))
                .flatMap(a -> QUALITIES.stream().map(q -> Arguments.of(a.get()[0], a.get()[1], a.get()[2], q)));
    }

    @ParameterizedTest(name = "Table {0}, guidance {1}, JPEG QF {3}")
    @MethodSource("grid")
    void guidance(String tableId, GuidanceInput guidance, String row, int quality) {
        List<Degradation> family = QUALITIES.stream().<Degradation>map(JpegCompression::at).toList();
        JpegCompression jpeg = JpegCompression.at(quality);
        String cell = "QF " + quality;
        PublishedTable table = PublishedTables.load("002", tableId);
        String column = Integer.toString(quality);
        if (guidance == GuidanceInput.NONE) {
            AfdRows.directTest(panel, jpeg, table.key(), cell);
        }
        AfdConfig variant = DCT.guidedBy(guidance);
        AfdRows.variant(panel, panel.family(variant, family), jpeg, table.key(), guidance.id(), cell,
                Optional.of(PublishedAfdGain.of(table, table.cell(row, column), table.cell("ResNet-50/DirectTest", column))));
        if (guidance != GuidanceInput.DCT) {
            ClaimOutcome dctVersus = new Top1ChangeFamily(panel.panel(), panel.id(variant), panel.id(DCT), family)
                    .outcome(jpeg);
            CellRecorder.unpublished(dctVersus.comparison().difference(),
                    table.key().cell("claim: rearranged DCT beats " + guidance.id(), cell), panel.panel().dataset(),
                    panel.id(DCT), jpeg.condition(), dctVersus.describe() + "; " + AfdRows.STAND_IN + "; " + panel.subset());
        }
    }
}
