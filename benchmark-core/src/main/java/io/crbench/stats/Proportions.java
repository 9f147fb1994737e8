package io.crbench.stats;

/** Argument checks shared by the binomial-proportion intervals. */
final class Proportions {
    private Proportions() {
    }

    /** Throws unless {@code n >= 1} and {@code 0 <= successes <= n}. */
    static void requireCount(int successes, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("number of trials must be >= 1, got " + n);
        }
        if (successes < 0 || successes > n) {
            throw new IllegalArgumentException("successes must be in 0.." + n + ", got " + successes);
        }
    }
}
