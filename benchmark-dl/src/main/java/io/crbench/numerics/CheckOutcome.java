package io.crbench.numerics;

/**
 * What one numeric check found: the largest error of the engine's output and of its gradients
 * against the double-precision reference (relative to the reference's largest magnitude, at least
 * 1), whether every value was finite, and whether repeated evaluations were bit-identical.
 *
 * @param check the check's name, e.g. {@code conv2d_3x3_backward[4x8x16x16->3]}
 * @param forwardError largest scaled error of the output
 * @param gradientError largest scaled error of any gradient, 0 when gradients are not checked
 * @param finite every output and gradient value finite in every repetition
 * @param repeatable every repetition bit-identical to the first
 * @param tolerance the largest scaled error accepted
 */
public record CheckOutcome(String check, double forwardError, double gradientError, boolean finite, boolean repeatable,
        double tolerance) {

    /** True when the values are finite, repeatable and within tolerance. */
    public boolean passed() {
        return finite && repeatable && forwardError <= tolerance && gradientError <= tolerance;
    }

    /** One line for logs and error messages. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%s: %s (forward error %.3g, gradient error %.3g, tolerance %.1g, finite %s, repeatable %s)",
                check, passed() ? "ok" : "FAILED", forwardError, gradientError, tolerance, finite, repeatable);
    }
}
