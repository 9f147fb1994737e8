package io.crbench.experiment;

import io.crbench.degradation.Degradation;
import io.crbench.result.MetricId;
import java.util.ArrayList;
import java.util.List;

/**
 * A method against a baseline classifier of one {@link ClassifierPanel} over a family of
 * degradations (e.g. the QF cells of one table), as a {@link PairedClaimFamily}: per cell the
 * claim "the method's top-1 is higher", tested on the per-image hits with an exact sign test
 * (= exact McNemar) and Holm-corrected across the family, so a suite can say which cells changed
 * significantly and in which direction without inflating the error rate by the number of cells.
 * The claims are recorded, not asserted.
 */
public final class Top1ChangeFamily {
    private final ClassifierPanel panel;
    private final String baseline;
    private final String method;
    private final List<Degradation> family;
    private List<ClaimOutcome> outcomes;

    /**
     * @param panel evaluates both classifiers on the same degraded images
     * @param baseline id of the reference classifier in the panel
     * @param method id of the classifier under test in the panel
     * @param family the degradations tested together, at least one
     */
    public Top1ChangeFamily(ClassifierPanel panel, String baseline, String method, List<Degradation> family) {
        if (family.isEmpty()) {
            throw new IllegalArgumentException("a family needs at least one degradation");
        }
        this.panel = panel;
        this.baseline = baseline;
        this.method = method;
        this.family = List.copyOf(family);
    }

    public String method() {
        return method;
    }

    /** The method's scores under {@code d}. */
    public ClassificationScores methodScores(Degradation d) {
        return panel.scores(method, family.get(indexOf(d)));
    }

    /**
     * Top-1 of the method minus the baseline's under {@code d} (paired interval, flips, exact
     * test), its Holm-adjusted p-value within the family and the finding.
     */
    public synchronized ClaimOutcome outcome(Degradation d) {
        int i = indexOf(d);
        if (outcomes == null) {
            List<PairedClaim> claims = new ArrayList<>();
            for (Degradation x : family) {
                claims.add(new PairedClaim(method + " > " + baseline + " under " + x.id(), method,
                        indicators(panel.scores(method, x)), baseline, indicators(panel.scores(baseline, x)),
                        PairedClaim.Expectation.RECORDED));
            }
            outcomes = PairedClaimFamily.test(claims, MetricId.TOP1_GAIN);
        }
        return outcomes.get(i);
    }

    private static double[] indicators(ClassificationScores scores) {
        boolean[] hits = scores.top1Hits();
        double[] d = new double[hits.length];
        for (int i = 0; i < hits.length; i++) {
            d[i] = hits[i] ? 1 : 0;
        }
        return d;
    }

    /** Degradations are identified by their ids (not every degradation defines equality). */
    private int indexOf(Degradation d) {
        for (int i = 0; i < family.size(); i++) {
            if (family.get(i).id().equals(d.id())) {
                return i;
            }
        }
        throw new IllegalArgumentException(d.id() + " is not in the family " + family);
    }
}
