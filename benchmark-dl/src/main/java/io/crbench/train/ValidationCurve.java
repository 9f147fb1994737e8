package io.crbench.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The validation loss of a run at each check of its {@link EarlyStopping} rule: the iteration
 * after which it was measured and the mean loss over the fixed {@link ValidationSet}. Stored next
 * to a checkpoint as CSV ({@code iteration,loss}) so that a cached model still shows whether its
 * training converged.
 */
public final class ValidationCurve {
    private static final String HEADER = "iteration,loss";

    private final int[] iterations;
    private final float[] losses;

    private ValidationCurve(int[] iterations, float[] losses) {
        if (iterations.length != losses.length) {
            throw new IllegalArgumentException(iterations.length + " iterations but " + losses.length + " losses");
        }
        for (int i = 0; i < iterations.length; i++) {
            if (iterations[i] < 1 || (i > 0 && iterations[i] <= iterations[i - 1])) {
                throw new IllegalArgumentException("check iterations must be positive and increasing, got "
                        + Arrays.toString(iterations));
            }
        }
        this.iterations = iterations;
        this.losses = losses;
    }

    /** A curve over copies of the arrays: check i measured {@code losses[i]} after {@code iterations[i]}. */
    public static ValidationCurve of(int[] iterations, float[] losses) {
        return new ValidationCurve(iterations.clone(), losses.clone());
    }

    /** The curve of a run without validation (a fixed number of steps, or weights from elsewhere). */
    public static ValidationCurve empty() {
        return new ValidationCurve(new int[0], new float[0]);
    }

    /** Number of checks. */
    public int size() {
        return losses.length;
    }

    public boolean isEmpty() {
        return losses.length == 0;
    }

    /** The iteration after which check {@code check} (0-based) was measured. */
    public int iteration(int check) {
        return iterations[check];
    }

    /** The validation loss of check {@code check} (0-based). */
    public float loss(int check) {
        return losses[check];
    }

    /** This curve with one more check. */
    ValidationCurve plus(int iteration, float loss) {
        int[] its = Arrays.copyOf(iterations, iterations.length + 1);
        float[] ls = Arrays.copyOf(losses, losses.length + 1);
        its[iterations.length] = iteration;
        ls[losses.length] = loss;
        return new ValidationCurve(its, ls);
    }

    /** Writes the curve as CSV. */
    public void writeCsv(Path file) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < losses.length; i++) {
            sb.append(iterations[i]).append(',').append(losses[i]).append('\n');
        }
        try {
            Files.writeString(file, sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write validation curve " + file, e);
        }
    }

    /** Reads a curve written by {@link #writeCsv}; a missing file is a run without validation. */
    public static ValidationCurve readCsv(Path file) {
        if (!Files.exists(file)) {
            return empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read validation curve " + file, e);
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("not a validation curve (header '" + HEADER + "' missing): " + file);
        }
        int[] its = new int[lines.size() - 1];
        float[] ls = new float[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            try {
                if (cells.length != 2) {
                    throw new NumberFormatException("two cells expected");
                }
                its[i - 1] = Integer.parseInt(cells[0]);
                ls[i - 1] = Float.parseFloat(cells[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad validation curve line " + (i + 1) + " in " + file + ": "
                        + lines.get(i), e);
            }
        }
        return new ValidationCurve(its, ls);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationCurve other && Arrays.equals(iterations, other.iterations)
                && Arrays.equals(losses, other.losses);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(iterations) + Arrays.hashCode(losses);
    }

    @Override
    public String toString() {
        return losses.length == 0 ? "ValidationCurve[]" : "ValidationCurve[" + losses.length + " checks, last after "
                + iterations[losses.length - 1] + " iterations: " + losses[losses.length - 1] + "]";
    }
}
