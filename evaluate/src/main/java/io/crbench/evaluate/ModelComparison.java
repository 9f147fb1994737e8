package io.crbench.evaluate;

import io.crbench.experiment.ClassificationScores;
import io.crbench.experiment.ComparisonFamily;
import io.crbench.experiment.PairedComparison;
import io.crbench.experiment.PairedComparison;
import io.crbench.experiment.StatisticalConventions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two models (or two versions of one) on the same images and grid, compared per condition: the
 * top-1 difference with its paired bootstrap interval, the images each gets right that the other
 * gets wrong, and the exact McNemar (sign) test, tested as one {@link ComparisonFamily} across the
 * conditions so that a grid of many conditions does not find differences by chance.
 */
public final class ModelComparison {
    private final RobustnessResult a;
    private final RobustnessResult b;
    private final List<Row> rows;

    /**
     * One condition's comparison.
     *
     * @param condition the condition
     * @param tested top-1 of A against B on the same images (improved = only A right), within the family
     */
    public record Row(Condition condition, ComparisonFamily.Tested tested) {
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
        List<PairedComparison> differences = new ArrayList<>();
        for (int c = 0; c < grid.size(); c++) {
            differences.add(ClassificationScores.of(a.hits().top1(c), a.hits().top5(c))
                    .top1ChangeFrom(ClassificationScores.of(b.hits().top1(c), b.hits().top5(c))));
        }
        List<ComparisonFamily.Tested> tested = ComparisonFamily.test(differences);
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < grid.size(); c++) {
            rows.add(new Row(grid.get(c), tested.get(c)));
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
                + " conditions (significant: adjusted p < %.2f).%n%n", a.hits().identity().images(), rows.size(),
                StatisticalConventions.ALPHA));
        s.append("| condition | top-1 A | top-1 B | A − B [95% CI] | only A right | only B right | Holm p | verdict |\n");
        s.append("|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            ComparisonFamily.Tested t = r.tested();
            var d = t.comparison().difference();
            s.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %+.4f [%+.4f, %+.4f] | %d | %d | %.3g | %s |%n",
                    r.condition().label(), a.top1(r.condition()).value(), b.top1(r.condition()).value(), d.value(),
                    d.interval().low(), d.interval().high(), t.comparison().improved(), t.comparison().worsened(),
                    t.adjustedP(), t.significantlyBetter() ? "A better" : t.significantlyWorse() ? "B better"
                            : "no significant difference"));
        }
        return s.toString();
    }
}
