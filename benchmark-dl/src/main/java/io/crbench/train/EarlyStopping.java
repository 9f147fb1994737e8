package io.crbench.train;

import java.util.Locale;

/**
 * When a training run stops before its recipe's iteration cap: every {@code checkEvery}
 * iterations the mean loss over a fixed {@link ValidationSet} is measured, and the run stops once
 * {@code patience} checks in a row failed to improve on the best loss so far by at least the
 * fraction {@code minImprovement}; the weights of the best check are kept. With a {@code window}
 * above 1 a check's loss is the mean of the last {@code window} checks' (fewer at the start), so
 * that one lucky low check of a noisy curve neither sets a bar that noise then hides the trend
 * under nor stops the run; the weights kept are those at the end of the best window. A run that
 * stops so has <em>converged</em> (its validation loss stopped improving); one that reaches the
 * cap first has not, and says so.
 *
 * @param validation the held-out images the loss is measured on
 * @param checkEvery iterations between checks
 * @param patience checks without improvement that stop the run
 * @param minImprovement relative decrease a check must reach to count as an improvement (e.g.
 *     0.005 = 0.5 %), so that a loss drifting down by rounding does not keep a run going
 * @param window checks averaged into each check's loss (1: the check's own loss)
 */
public record EarlyStopping(ValidationSet validation, int checkEvery, int patience, double minImprovement,
        int window) {
    public EarlyStopping {
        if (validation == null) {
            throw new IllegalArgumentException("early stopping needs a validation set");
        }
        if (checkEvery < 1 || patience < 1 || !(minImprovement >= 0 && minImprovement < 1) || window < 1) {
            throw new IllegalArgumentException("early stopping needs checkEvery >= 1, patience >= 1,"
                    + " 0 <= minImprovement < 1 and window >= 1, got " + checkEvery + ", " + patience + ", "
                    + minImprovement + ", " + window);
        }
    }

    /** The rule on each check's own loss (a window of 1). */
    public EarlyStopping(ValidationSet validation, int checkEvery, int patience, double minImprovement) {
        this(validation, checkEvery, patience, minImprovement, 1);
    }

    /** This rule with each check's loss the mean of the last {@code checks} checks'. */
    public EarlyStopping smoothedOver(int checks) {
        return new EarlyStopping(validation, checkEvery, patience, minImprovement, checks);
    }

    /** The loss the rule compares at check {@code check}: the mean of the window of checks ending there. */
    public double smoothedLoss(ValidationCurve curve, int check) {
        int first = Math.max(0, check - window + 1);
        double sum = 0;
        for (int i = first; i <= check; i++) {
            sum += curve.loss(i);
        }
        return sum / (check - first + 1);
    }

    /**
     * The check (0-based) with the lowest (windowed) loss that counted as an improvement; -1 for an
     * empty curve.
     */
    public int bestCheck(ValidationCurve curve) {
        int best = -1;
        for (int i = 0; i < curve.size(); i++) {
            if (best < 0 || smoothedLoss(curve, i) < smoothedLoss(curve, best) * (1 - minImprovement)) {
                best = i;
            }
        }
        return best;
    }

    /** Whether the last {@code patience} checks of {@code curve} all failed to improve on the best. */
    public boolean converged(ValidationCurve curve) {
        return !curve.isEmpty() && curve.size() - 1 - bestCheck(curve) >= patience;
    }

    /** The rule in a stable text form, for checkpoint keys (a window of 1 is not named, as before windows existed). */
    public String id() {
        return String.format(Locale.ROOT, "early_stopping(validation=%s,every=%d,patience=%d,min_improvement=%s%s)",
                validation.id(), checkEvery, patience, minImprovement, window == 1 ? "" : ",window=" + window);
    }
}
