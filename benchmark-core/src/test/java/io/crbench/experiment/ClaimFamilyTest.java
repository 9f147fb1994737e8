package io.crbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.degradation.JpegCompression;
import io.crbench.result.ResultRecord;
import io.crbench.result.ResultsFile;
import io.crbench.result.TableKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ClaimFamily}: one Holm family, one row per member, the finding in every row's reason. */
@ExtendWith(RecordsWithoutAGate.class)
class ClaimFamilyTest {

    @Test
    void eachMemberIsWrittenWithItsHolmAdjustedFindingOnTheClaimedSign() {
        PairedComparison clearGain = ComparisonFamilyTest.flips(40, 5);
        PairedComparison noChange = ComparisonFamilyTest.flips(10, 10);
        TableKey table = TableKey.claimOf("001");
        ClaimFamily family = new ClaimFamily("claim (restoring first raises accuracy) at this QF", "QF 1, 2");
        int before = ResultsFile.shared().written().size();

        List<ComparisonFamily.Tested> tested = family.record(List.of(
                new ClaimFamily.Member(clearGain, table.cell("gain", 1), "cifar", "m", JpegCompression.at(1).condition()),
                new ClaimFamily.Member(noChange, table.cell("gain", 2), "cifar", "m", JpegCompression.at(2).condition())),
                "setup", "the paper reports +5 %");

        List<ResultRecord> rows = ResultsFile.shared().written().subList(before, before + 2);
        assertThat(rows).extracting(ResultRecord::cell).containsExactly("gain/1", "gain/2");
        assertThat(tested).extracting(ComparisonFamily.Tested::familySize).containsOnly(2);
        assertThat(tested.get(0).adjustedP()).isEqualTo(Math.min(1, 2 * clearGain.signTestP()));
        assertThat(rows.get(0).reason()).startsWith("setup; flip table: wrong→right 40, right→wrong 5;")
                .contains("over QF 1, 2; claim (restoring first raises accuracy) at this QF: "
                        + Finding.CONFIRMED.words())
                .endsWith("; the paper reports +5 %");
        assertThat(rows.get(1).reason()).contains(": " + Finding.NOT_RESOLVED.words(100));
        assertThat(rows.get(0).measured()).isEqualTo(clearGain.difference().value());
    }

    @Test
    void aMemberMayClaimItsOwnSignAndAddANote() {
        PairedComparison clearGain = ComparisonFamilyTest.flips(40, 5);
        TableKey table = TableKey.claimOf("002");
        ClaimFamily family = new ClaimFamily("the paper's sign", "QF 25");
        int before = ResultsFile.shared().written().size();

        family.record(List.of(new ClaimFamily.Member(clearGain, table.cell("sign", 25), "imagenet", "m",
                JpegCompression.at(25).condition(), -1.5, "Table V prints -1.50")), "setup", null);

        assertThat(ResultsFile.shared().written().get(before).reason())
                .contains("the paper's sign: " + Finding.CONTRADICTED.words())
                .endsWith("; Table V prints -1.50");
    }

    @Test
    void aFamilyWithoutAClaimStatesCountsAndAdjustedPOnly() {
        ClaimFamily family = new ClaimFamily(null, "the 1 codecs");
        int before = ResultsFile.shared().written().size();

        family.record(List.of(new ClaimFamily.Member(ComparisonFamilyTest.flips(4, 1), TableKey.NONE.cell("avif vs jpeg",
                "bpp<=0.5"), "imagenet", "m", JpegCompression.at(50).condition())), "setup", "recorded, not gated");

        assertThat(ResultsFile.shared().written().get(before).reason())
                .isEqualTo("setup; " + ComparisonFamilyTest.flips(4, 1).flipTable() + "; Holm-adjusted p = "
                        + String.format(java.util.Locale.ROOT, "%.3g", ComparisonFamilyTest.flips(4, 1).signTestP())
                        + " over the 1 codecs; recorded, not gated");
    }

    @Test
    void writingRefusesATestOfAnotherFamily() {
        ClaimFamily family = new ClaimFamily("claim", "QF 1");
        ClaimFamily.Member member = new ClaimFamily.Member(ComparisonFamilyTest.flips(4, 1),
                TableKey.claimOf("001").cell("gain", 1), "cifar", "m", JpegCompression.at(1).condition());

        assertThatThrownBy(() -> family.write(List.of(member, member), ClaimFamily.test(List.of(member)), "setup", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 members but 1 tested");
    }
}
