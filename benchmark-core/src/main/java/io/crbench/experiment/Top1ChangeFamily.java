package io.crbench.experiment;

import io.crbench.degradation.Degradation;
import io.crbench.stats.HolmCorrection;
import java.util.List;
import java.util.Locale;

/**
 * A method against a baseline classifier of one {@link ClassifierPanel} over a family of
 * degradations (e.g. the QF cells of one table): per cell the top-1 change with its paired
 * interval and exact McNemar test, and the McNemar p-values Holm-corrected across the family at
 * {@link StatisticalConventions#ALPHA}, so a suite can say which cells changed significantly and
 * in which direction without inflating the error rate by the number of cells.
 */
public final class Top1ChangeFamily {
    private final ClassifierPanel panel;
    private final String baseline;
    private final String method;
    private final List<Degradation> family;

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
        return panel.scores(method, member(d));
    }

    /** Top-1 of the method minus the baseline's under {@code d}, with flips and exact McNemar p. */
    public PairedComparison change(Degradation d) {
        return panel.scores(method, member(d)).top1ChangeFrom(panel.scores(baseline, d));
    }

    /** The Holm-adjusted McNemar p-value of {@code d} within the family. */
    public double adjustedP(Degradation d) {
        double[] raw = family.stream().mapToDouble(x -> change(x).signTestP()).toArray();
        return HolmCorrection.adjust(raw)[indexOf(d)];
    }

    /** "significant gain", "significant LOSS" or "no significant change", after Holm. */
    public String finding(Degradation d) {
        if (adjustedP(d) >= StatisticalConventions.ALPHA) {
            return "no significant change";
        }
        return change(d).difference().value() > 0 ? "significant gain" : "significant LOSS";
    }

    /** The numbers behind {@link #finding}, for a result row's reason. */
    public String describe(Degradation d) {
        PairedComparison c = change(d);
        return String.format(Locale.ROOT, "%s vs %s: top-1 change %+.4f [%.4f, %.4f]; wrong→right %d, right→wrong %d;"
                + " exact McNemar p = %.3g, Holm-adjusted over %d cells p = %.3g: %s", method, baseline,
                c.difference().value(), c.difference().interval().low(), c.difference().interval().high(), c.improved(),
                c.worsened(), c.signTestP(), family.size(), adjustedP(d), finding(d));
    }

    private Degradation member(Degradation d) {
        indexOf(d);
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
