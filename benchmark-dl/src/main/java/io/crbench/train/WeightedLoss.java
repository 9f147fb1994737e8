package io.crbench.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;
import io.crbench.numerics.Scalars;
import java.util.ArrayList;
import java.util.List;

/**
 * A weighted sum of loss terms on the same (label, prediction) pair, e.g. seed 004's
 * {@code L1 + λ·FFT-L1}. DJL's {@code SimpleCompositeLoss} sums without weights, hence this class.
 * Immutable: {@link #plus} returns a new sum.
 */
public final class WeightedLoss extends Loss {
    private final List<Term> terms;

    /** One term: {@code weight × loss}. */
    public record Term(float weight, Loss loss) {
        public Term {
            if (!Float.isFinite(weight)) {
                throw new IllegalArgumentException("loss weight must be finite, got " + weight + " for " + loss.getName());
            }
        }
    }

    private WeightedLoss(String name, List<Term> terms) {
        super(name);
        this.terms = List.copyOf(terms);
    }

    /** An empty sum named {@code name}; add terms with {@link #plus}. */
    public static WeightedLoss named(String name) {
        return new WeightedLoss(name, List.of());
    }

    /** This sum with {@code weight × loss} added. */
    public WeightedLoss plus(float weight, Loss loss) {
        List<Term> more = new ArrayList<>(terms);
        more.add(new Term(weight, loss));
        return new WeightedLoss(getName(), more);
    }

    public List<Term> terms() {
        return terms;
    }

    /** The terms as {@code w×name+…}, e.g. {@code 1.0×l1+0.1×fft_l1}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Term t : terms) {
            sb.append(sb.length() == 0 ? "" : "+").append(t.weight()).append('×').append(t.loss().getName());
        }
        return sb.toString();
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        if (terms.isEmpty()) {
            throw new IllegalStateException("weighted loss " + getName() + " has no terms");
        }
        NDArray sum = null;
        for (Term t : terms) {
            NDArray value = Scalars.times(t.loss().evaluate(labels, predictions), t.weight());
            sum = sum == null ? value : sum.add(value);
        }
        return sum;
    }
}
