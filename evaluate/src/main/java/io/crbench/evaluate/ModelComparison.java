package io.crbench.evaluate;

import io.crbench.experiment.ClassificationScores;
import io.crbench.experiment.PairedComparison;
import io.crbench.experiment.StatisticalConventions;
import io.crbench.reproduction.Measurement;
import io.crbench.stats.HolmCorrection;
import io.crbench.stats.McNemarResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two models (or two versions of one) on the same images and grid, compared per condition: the
 * top-1 difference with its paired bootstrap interval, the images each gets right that the other
 * gets wrong, and the exact McNemar test, Holm-corrected across the conditions so that a grid of
 * many conditions does not find differences by chance.
 */
public final class ModelComparison {
    private final RobustnessResult a;
    private final RobustnessResult b;
    private final List<Row> rows;

    /**
     * One condition's comparison.
     *
     * @param condition the condition
     * @param difference top-1 of A minus top-1 of B, paired interval
     * @param onlyA images A classifies right and B wrong
     * @param onlyB images B classifies right and A wrong
     * @param holmP Holm-adjusted exact McNemar p-value
     */
    public record Row(Condition condition, Measurement difference, int onlyA, int onlyB,
            double holmP) {
        /** Whether the difference is significant at the suite level (Holm-adjusted p below α). */
        public boolean significant() {
            return holmP <= StatisticalConventions.ALPHA;
        }
    }

    private ModelComparison(RobustnessResult a, RobustnessResult b, List<Row> rows) {
        this.a = a;
        this.b = b;
        this.rows = rows;
    }

    /**
     * Compares {@code a} with {@code b}.
     *
     * @throws IllegalArgumentException when the two runs did not measure the same images under the
     *     same conditions (a comparison of different samples is not paired)
     */
    public static ModelComparison of(RobustnessResult a, RobustnessResult b) {
        PerImageHits.RunIdentity ia = a.hits().identity();
        PerImageHits.RunIdentity ib = b.hits().identity();
        if (!ia.dataset().equals(ib.dataset()) || !ia.conditions().equals(ib.conditions()) || ia.images() != ib.images()
                || !a.hits().files().equals(b.hits().files())) {
            throw new IllegalArgumentException("runs of " + ia.model() + " and " + ib.model() + " are not paired: they must"
                    + " measure the same images of the same data set under the same grid (got " + ia.dataset() + " "
                    + ia.images() + " images " + labels(ia.conditions()) + " vs " + ib.dataset() + " " + ib.images()
                    + " images " + labels(ib.conditions()) + ")");
        }
        List<Condition> grid = ia.conditions();
        double[] p = new double[grid.size()];
        List<PairedComparison> diffs = new ArrayList<>();
        List<McNemarResult> tests = new ArrayList<>();
        for (int c = 0; c < grid.size(); c++) {
            ClassificationScores sa = ClassificationScores.of(a.hits().top1(c), a.hits().top5(c));
            ClassificationScores sb = ClassificationScores.of(b.hits().top1(c), b.hits().top5(c));
            diffs.add(sa.top1ChangeFrom(sb));
            tests.add(sa.mcNemarTop1(sb));
            p[c] = tests.get(c).pValue();
        }
        double[] holm = HolmCorrection.adjust(p);
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < grid.size(); c++) {
            rows.add(new Row(grid.get(c), diffs.get(c).difference(), tests.get(c).aOnly(), tests.get(c).bOnly(), holm[c]));
        }
        return new ModelComparison(a, b, rows);
    }

    private static List<String> labels(List<Condition> conditions) {
        return conditions.stream().map(Condition::label).toList();
    }

    /** One row per condition, in grid order. */
    public List<Row> rows() {
        return rows;
    }

    /** The one-page comparison in Markdown. */
    public String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("# ").append(a.model()).append(" (A) vs ").append(b.model()).append(" (B) on ")
                .append(a.hits().identity().dataset()).append("\n\n");
        s.append(String.format(Locale.ROOT, "%d images, the same for both; per condition the top-1 difference A − B"
                + " with its paired bootstrap 95%% interval and the exact McNemar test, Holm-corrected over the %d"
                + " conditions (significant: adjusted p ≤ %.2f).%n%n", a.hits().identity().images(), rows.size(),
                StatisticalConventions.ALPHA));
        s.append("| condition | top-1 A | top-1 B | A − B [95% CI] | only A right | only B right | Holm p | verdict |\n");
        s.append("|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            var d = r.difference();
            s.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %+.4f [%+.4f, %+.4f] | %d | %d | %.3g | %s |%n",
                    r.condition().label(), a.top1(r.condition()).value(), b.top1(r.condition()).value(), d.value(),
                    d.interval().low(), d.interval().high(), r.onlyA(), r.onlyB(), r.holmP(),
                    !r.significant() ? "no significant difference" : d.value() > 0 ? "A better" : "B better"));
        }
        return s.toString();
    }
}
