package io.crbench.evaluate;

import io.crbench.reproduction.Measurement;
import io.crbench.result.RecordedBaselines;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link RobustnessResult} that read as sentences and fail only on evidence:
 * a bound is violated when the whole 95 % interval of the measurement lies on the wrong side of it,
 * so sampling noise of a small image set does not fail a build, and a failure names the case, the
 * measured interval and the bound.
 *
 * <pre>{@code
 * assertThat(result).top1At(clean()).isAtLeast(0.60);
 * assertThat(result).top1At(jpeg(30)).dropsAtMost(0.03).from(clean());
 * assertThat(result).isNotWorseThan(RecordedBaselines.load(Path.of("accepted.jsonl")));
 * }</pre>
 */
public final class RobustnessAssert extends AbstractAssert<RobustnessAssert, RobustnessResult> {
    private RobustnessAssert(RobustnessResult actual) {
        super(actual, RobustnessAssert.class);
    }

    /** Entry point. */
    public static RobustnessAssert assertThat(RobustnessResult actual) {
        return new RobustnessAssert(actual);
    }

    /** Assertions on the top-1 accuracy under {@code condition}. */
    public Top1 top1At(Condition condition) {
        isNotNull();
        return new Top1(actual, condition);
    }

    /** No row is worse than its accepted row in {@code baseline} beyond the combined intervals (crbench's gate). */
    public RobustnessAssert isNotWorseThan(RecordedBaselines baseline) {
        isNotNull();
        List<String> regressions = actual.regressions(baseline);
        if (!regressions.isEmpty()) {
            failWithMessage("%s regresses against %s in %d case(s):%n%s", actual.model(), baseline.path(),
                    regressions.size(), String.join(System.lineSeparator(), regressions));
        }
        return this;
    }

    /** The top-1 accuracy of one condition. */
    public static final class Top1 {
        private final RobustnessResult result;
        private final Condition condition;

        private Top1(RobustnessResult result, Condition condition) {
            this.result = result;
            this.condition = condition;
        }

        /** Fails when the accuracy's whole interval lies below {@code bound}. */
        public Top1 isAtLeast(double bound) {
            Measurement m = result.top1(condition);
            if (m.interval().high() < bound) {
                throw new AssertionError(String.format(Locale.ROOT,
                        "%s: top-1 under %s is %s, entirely below the bound %.4f", result.model(), condition.label(),
                        describe(m), bound));
            }
            return this;
        }

        /** The largest allowed top-1 drop, as a fraction; say from which condition with {@link DropBound#from}. */
        public DropBound dropsAtMost(double bound) {
            if (!(bound >= 0 && bound <= 1)) {
                throw new IllegalArgumentException("a drop bound is a fraction in [0, 1], got " + bound);
            }
            return new DropBound(this, bound);
        }
    }

    /** A drop bound waiting for its reference condition. */
    public static final class DropBound {
        private final Top1 top1;
        private final double bound;

        private DropBound(Top1 top1, double bound) {
            this.top1 = top1;
            this.bound = bound;
        }

        /** Fails when the paired drop from {@code reference}'s top-1 has its whole interval above the bound. */
        public Top1 from(Condition reference) {
            Measurement drop = top1.result.top1Drop(top1.condition, reference);
            if (drop.interval().low() > bound) {
                throw new AssertionError(String.format(Locale.ROOT,
                        "%s: top-1 drops from %s to %s by %s (paired, %d images), entirely above the allowed %.4f",
                        top1.result.model(), reference.label(), top1.condition.label(), describe(drop), drop.n(), bound));
            }
            return top1;
        }
    }

    private static String describe(Measurement m) {
        return String.format(Locale.ROOT, "%.4f [95%% CI %.4f, %.4f]", m.value(), m.interval().low(), m.interval().high());
    }
}
