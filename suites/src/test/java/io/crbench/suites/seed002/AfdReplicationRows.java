package io.crbench.suites.seed002;

import io.crbench.baselines.afd.AfdConfig;
import io.crbench.baselines.afd.AfdReplicationPanel;
import io.crbench.degradation.Degradation;
import io.crbench.experiment.CellRecorder;
import io.crbench.experiment.ClaimFamily;
import io.crbench.experiment.PairedComparison;
import io.crbench.result.CellKey;
import io.crbench.result.TableKey;
import io.crbench.suites.replication.SeedSpread;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows of seed 002's CIFAR-10 replication, so its suite only declares conditions, variants and
 * claims: each in a cell {@code CIFAR-10 replication: …} of the suite's table under the condition's
 * id, on the replication's test images, its reason starting with the run's setup. DirectTest's
 * top-1, a module's top-1 change from DirectTest, the DCT-guided module's change from each other
 * guidance, and the spread of a difference over the training seeds.
 *
 * @param table the paper and table of the rows
 * @param dataset the test images, as rows name them
 * @param setup the rows' reason, before what each row adds
 */
record AfdReplicationRows(TableKey table, String dataset, String setup) {
    private static final String GAIN = "AFD minus DirectTest top-1";

    /** DirectTest's top-1 under {@code d}. */
    void directTest(AfdReplicationPanel panel, Degradation d) {
        CellRecorder.unpublished(panel.directTestTop1(d), cell("DirectTest top-1", d), dataset,
                AfdReplicationPanel.DIRECT_TEST, d.condition(), setup);
    }

    /**
     * {@code claim} tested on {@code variant}'s top-1 change from DirectTest at each of
     * {@code conditions} together, a row each under the module.
     */
    void gains(ClaimFamily claim, AfdReplicationPanel panel, AfdConfig variant, List<Degradation> conditions,
            String paper) {
        claim.record(conditions.stream().map(d -> member(panel.gain(variant, d), GAIN, panel.id(variant), d))
                .toList(), setup, paper);
    }

    /**
     * {@code claim} tested on {@code dct}'s top-1 change from each of {@code others} at each of
     * {@code conditions}, one family over all the cells, each cell named after the guidance it
     * compares with; each other module's change from DirectTest is written beside it, alone, with
     * its flip table.
     */
    void dctVersus(ClaimFamily claim, AfdReplicationPanel panel, AfdConfig dct, List<AfdConfig> others,
            List<Degradation> conditions, String paper) {
        List<ClaimFamily.Member> differences = new ArrayList<>();
        for (AfdConfig other : others) {
            for (Degradation d : conditions) {
                PairedComparison gain = panel.gain(other, d);
                CellRecorder.unpublished(gain.difference(), cell(GAIN, d), dataset, panel.id(other), d.condition(),
                        setup + "; " + gain.flipTable());
                differences.add(member(panel.difference(dct, other, d), versus(other), panel.id(dct), d));
            }
        }
        claim.record(differences, setup, paper);
    }

    /** The spread over the training seeds of {@code variant}'s top-1 change from DirectTest under {@code d}. */
    void gainSpread(Map<Long, PairedComparison> perSeed, AfdConfig variant, Degradation d, String paper) {
        spread(perSeed, GAIN, variant.id(), d, paper);
    }

    /** The spread over the training seeds of {@code dct}'s top-1 change from {@code other} under {@code d}. */
    void dctVersusSpread(Map<Long, PairedComparison> perSeed, AfdConfig dct, AfdConfig other, Degradation d,
            String paper) {
        spread(perSeed, versus(other), dct.id() + "-vs-" + other.guidance().id(), d, paper);
    }

    private void spread(Map<Long, PairedComparison> perSeed, String row, String method, Degradation d, String paper) {
        SeedSpread.record(perSeed, 1, cell(row + " over seeds", d), dataset,
                method + "+" + AfdReplicationPanel.DIRECT_TEST, d.condition(), setup + "; " + paper);
    }

    private ClaimFamily.Member member(PairedComparison difference, String row, String method, Degradation d) {
        return new ClaimFamily.Member(difference, cell(row, d), dataset, method, d.condition());
    }

    private static String versus(AfdConfig other) {
        return "DCT guidance minus " + other.guidance().id() + " top-1";
    }

    private CellKey cell(String row, Degradation d) {
        return table.cell("CIFAR-10 replication: " + row, d.id());
    }
}
