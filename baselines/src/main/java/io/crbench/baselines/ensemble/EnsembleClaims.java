package io.crbench.baselines.ensemble;

import io.crbench.experiment.LevelHits;
import io.crbench.experiment.PairedClaim;
import io.crbench.experiment.PairedClaim.Expectation;
import io.crbench.experiment.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seed 003's claims about its six pipelines (§4.3–4.5), as paired claims on per-image hit rates
 * over an interval of levels, each with what a run of this size can be expected to settle:
 *
 * <ul>
 *   <li>"Proposed outperforms both Seq(org) and Seq(res) in almost all JPEG quality factors" (and
 *       for noise, "almost"): per interval recorded, since "almost all" allows exceptions; over the
 *       whole range asserted not contradicted (an ensemble fitted to choose between the two must
 *       not be significantly worse than either).</li>
 *   <li>Restoration plus a classifier of restored images beats the classifier of clean images on
 *       the strongest degradations (Table 3: 0.736 vs 0.431 at QF 1..20; Table 6: 0.798 vs 0.101 at
 *       σ 41..50): asserted confirmed where the effect is tens of points, i.e. for noise, and for
 *       JPEG at paper scale. At CI scale JPEG is recorded only: the CI classifiers learn coarse
 *       features that JPEG hardly touches (measured: clean-trained CIFAR-10 top-1 0.37 at QF 1..20
 *       against 0.42 at QF 81..100, Fashion-MNIST 0.77 at both), so there is little for
 *       restoration to win back.</li>
 *   <li>"Seq(org) outperforms Cla(org) for all JPEG quality factors": recorded over the whole range;
 *       for a classifier of another architecture ({@link #restorationHelps}) also on the strongest
 *       degradations, asserted as restoration's win above.</li>
 *   <li>For high-quality images the classifier of clean images wins (Seq(org) over Seq(res), and
 *       Cla(org) over Cla(jpg) above QF ≈ 95): recorded on the mildest interval.</li>
 *   <li>"Proposed also outperforms Ens(Cla)": recorded over the whole range.</li>
 * </ul>
 */
public final class EnsembleClaims {
    private EnsembleClaims() {
    }

    /**
     * The claims on one experiment's hits, named e.g. {@code CIFAR-10 jpeg: Proposed > Seq(org) over (1,20)}.
     *
     * @param label names the experiment in the claims' names, e.g. {@code CIFAR-10 jpeg}
     * @param scale the scale the networks were trained at, which decides what can be asserted
     */
    public static List<IntervalClaim> of(PipelineHits hits, String label, Scale scale) {
        DegradationKind kind = hits.kind();
        List<IntervalClaim> claims = new ArrayList<>();
        for (LevelInterval interval : kind.intervals()) {
            Expectation e = interval.equals(kind.whole()) ? Expectation.NOT_CONTRADICTED : Expectation.RECORDED;
            claims.add(claim(hits, label, interval, Pipeline.PROPOSED, Pipeline.SEQ_ORG, e));
            claims.add(claim(hits, label, interval, Pipeline.PROPOSED, Pipeline.SEQ_RES, e));
        }
        claims.add(claim(hits, label, kind.strongest(), Pipeline.SEQ_RES, Pipeline.CLA_ORG,
                restorationWins(kind, scale)));
        claims.add(claim(hits, label, kind.whole(), Pipeline.SEQ_ORG, Pipeline.CLA_ORG, Expectation.RECORDED));
        claims.add(claim(hits, label, kind.mildest(), Pipeline.SEQ_ORG, Pipeline.SEQ_RES, Expectation.RECORDED));
        claims.add(claim(hits, label, kind.mildest(), Pipeline.CLA_ORG, Pipeline.CLA_DEGRADED, Expectation.RECORDED));
        claims.add(claim(hits, label, kind.whole(), Pipeline.PROPOSED, Pipeline.ENS_CLA, Expectation.RECORDED));
        return claims;
    }

    /**
     * The paper's finding that restoration helps a classifier of clean images ("Seq(org)
     * outperforms Cla(org)", §4.3), for another classifier's Cla(org) and Seq(org) hits (see
     * {@link RestorationEnsemble#withAndWithoutRestorer}): on the strongest degradations, asserted
     * where {@link #of} asserts restoration's win; over the whole range, recorded.
     *
     * @param hits the {@link Pipeline#CLA_ORG} and {@link Pipeline#SEQ_ORG} hits
     * @param kind the degradation swept
     * @param label names the experiment and the classifier, e.g. {@code CIFAR-10 gauss, ResNet-8}
     * @param scale the scale the networks were trained at
     */
    public static List<IntervalClaim> restorationHelps(Map<Pipeline, LevelHits> hits, DegradationKind kind,
            String label, Scale scale) {
        return List.of(
                claim(hits, kind, label, kind.strongest(), Pipeline.SEQ_ORG, Pipeline.CLA_ORG,
                        restorationWins(kind, scale)),
                claim(hits, kind, label, kind.whole(), Pipeline.SEQ_ORG, Pipeline.CLA_ORG, Expectation.RECORDED));
    }

    /** Noise at any scale and JPEG at paper scale cost tens of points that restoration wins back. */
    private static Expectation restorationWins(DegradationKind kind, Scale scale) {
        return kind == DegradationKind.GAUSSIAN || scale == Scale.PAPER ? Expectation.CONFIRMED : Expectation.RECORDED;
    }

    private static IntervalClaim claim(PipelineHits hits, String label, LevelInterval interval, Pipeline better,
            Pipeline worse, Expectation expectation) {
        return claim(hits.hits(), hits.kind(), label, interval, better, worse, expectation);
    }

    private static IntervalClaim claim(Map<Pipeline, LevelHits> hits, DegradationKind kind, String label,
            LevelInterval interval, Pipeline better, Pipeline worse, Expectation expectation) {
        LevelHits a = hits.get(better);
        LevelHits b = hits.get(worse);
        return new IntervalClaim(new PairedClaim(label + ": " + better.column(kind) + " > " + worse.column(kind)
                + " over " + interval.key(), better.column(kind), a.perImageRates(interval.low(), interval.high()),
                worse.column(kind), b.perImageRates(interval.low(), interval.high()), expectation), interval);
    }
}
