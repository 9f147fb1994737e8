package io.crbench.train;

import java.util.Locale;

/**
 * When a training run stops before its recipe's iteration cap: every {@code checkEvery}
 * iterations the mean loss over a fixed {@link ValidationSet} is measured, and the run stops once
 * {@code patience} checks in a row failed to improve on the best loss so far by at least the
 * fraction {@code minImprovement}; the weights of the best check are kept. A run that stops so
 * has <em>converged</em> (its validation loss stopped improving); one that reaches the cap first
 * has not, and says so.
 *
 * @param validation the held-out images the loss is measured on
 * @param checkEvery iterations between checks
 * @param patience checks without improvement that stop the run
 * @param minImprovement relative decrease a check must reach to count as an improvement (e.g.
 *     0.005 = 0.5 %), so that a loss drifting down by rounding does not keep a run going
 */
public record EarlyStopping(ValidationSet validation, int checkEvery, int patience, double minImprovement) {
    public EarlyStopping {
        if (validation == null) {
            throw new IllegalArgumentException("early stopping needs a validation set");
        }
        if (checkEvery < 1 || patience < 1 || !(minImprovement >= 0 && minImprovement < 1)) {
            throw new IllegalArgumentException("early stopping needs checkEvery >= 1, patience >= 1 and"
                    + " 0 <= minImprovement < 1, got " + checkEvery + ", " + patience + ", " + minImprovement);
        }
    }

    /** The check (0-based) with the lowest loss that counted as an improvement; -1 for an empty curve. */
    public int bestCheck(ValidationCurve curve) {
        int best = -1;
        for (int i = 0; i < curve.size(); i++) {
            if (best < 0 || curve.loss(i) < curve.loss(best) * (1 - minImprovement)) {
                best = i;
            }
        }
        return best;
    }

    /** Whether the last {@code patience} checks of {@code curve} all failed to improve on the best. */
    public boolean converged(ValidationCurve curve) {
        return !curve.isEmpty() && curve.size() - 1 - bestCheck(curve) >= patience;
    }

    /** The rule in a stable text form, for checkpoint keys. */
    public String id() {
        return String.format(Locale.ROOT, "early_stopping(validation=%s,every=%d,patience=%d,min_improvement=%s)",
                validation.id(), checkEvery, patience, minImprovement);
    }
}
