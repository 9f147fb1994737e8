package io.crbench.suites.seed002;

import io.crbench.baselines.afd.AfdConfig;
import io.crbench.baselines.afd.AfdPanel;
import io.crbench.baselines.afd.PublishedAfdGain;
import io.crbench.baselines.published.PublishedTable;
import io.crbench.baselines.published.PublishedTables;
import io.crbench.degradation.Degradation;
import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.Scale;
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
 * Seed 002 Table I: the AFD-Module inserted at depth D1..D4, here stages 1..4 of the dequantised
 * MobileNetV2 (stride 2, 4, 8, 16; the paper's D1..D4 are layers of ResNet-50 / RepVGG-A2 within
 * their first two stages). Each depth is trained alike and compared with DirectTest on the same
 * images; the paper's gain (D_k − Table V's DirectTest) is the known-deviation reference, and the
 * McNemar p-values are Holm-corrected across each depth's QFs. The paper's finding "shallower is
 * better" is recorded, not asserted: at this sample size neighbouring depths are rarely
 * distinguishable.
 *
 * <p>CI scale: QF 25 and 7 (both ends of Table I) on one sample image in 20 (50 images), sharing
 * one evaluation pass with {@link Seed002AfdGuidanceAblationSuite}; paper scale: QF 25, 15, 7 on all
 * 1,000 images.
 */
@ExtendWith(ExperimentReportExtension.class)
@DisplayName("Seed 002 Table I: AFD-Module depth D1..D4 (backbone stages 1..4) vs DirectTest")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Seed002AfdDepthAblationSuite {
    private static final Scale SCALE = Scale.current();
    private static final List<Integer> QUALITIES = SCALE.pick(List.of(25, 7), List.of(25, 15, 7));
    private final AfdPanel panel = AfdAblations.panel(SCALE);

    static Stream<Arguments> grid() {
        return Stream.of(1, 2, 3, 4).flatMap(depth -> QUALITIES.stream().map(q -> Arguments.of(depth, q)));
    }

    @ParameterizedTest(name = "Table I, D{0} (stage {0}), JPEG QF {1}")
    @MethodSource("grid")
    void depth(int depth, int quality) {
        List<Degradation> family = QUALITIES.stream().<Degradation>map(JpegCompression::at).toList();
        JpegCompression jpeg = JpegCompression.at(quality);
        String cell = "QF " + quality;
        PublishedTable table = PublishedTables.load("002", "I");
        if (depth == 1) {
            AfdRows.directTest(panel, jpeg, table.key(), cell);
        }
        PublishedTable tableV = PublishedTables.load("002", "V");
        String row = "ResNet-50/" + quality;
        AfdRows.variant(panel, panel.family(AfdConfig.at(depth, SCALE), family), jpeg, table.key(), "D" + depth, cell,
                Optional.of(PublishedAfdGain.of(table, table.cell(row, "D" + depth), tableV.cell(row, "DirectTest"))));
    }
}
