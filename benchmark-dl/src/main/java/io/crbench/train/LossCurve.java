package io.crbench.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The training loss of every iteration of a run, iteration 1 first. Stored next to a checkpoint
 * as CSV ({@code iteration,loss}) so that a cached model still shows how it was trained.
 */
public final class LossCurve {
    private static final String HEADER = "iteration,loss";

    private final float[] losses;

    private LossCurve(float[] losses) {
        this.losses = losses;
    }

    /** A curve over a copy of {@code losses} (iteration i at index i − 1). */
    public static LossCurve of(float[] losses) {
        return new LossCurve(losses.clone());
    }

    /** The curve of a model whose training is unknown (weights supplied by the user). */
    public static LossCurve empty() {
        return new LossCurve(new float[0]);
    }

    /** Number of iterations recorded. */
    public int size() {
        return losses.length;
    }

    public boolean isEmpty() {
        return losses.length == 0;
    }

    /** The loss of iteration {@code iteration}, 1-based. */
    public float at(int iteration) {
        if (iteration < 1 || iteration > losses.length) {
            throw new IllegalArgumentException("iteration " + iteration + " outside 1.." + losses.length);
        }
        return losses[iteration - 1];
    }

    /** A copy of all losses, iteration 1 first. */
    public float[] values() {
        return losses.clone();
    }

    /** Mean loss over iterations {@code from..to} (1-based, inclusive); smooths batch noise. */
    public double mean(int from, int to) {
        if (from < 1 || to > losses.length || from > to) {
            throw new IllegalArgumentException("range " + from + ".." + to + " outside 1.." + losses.length);
        }
        double sum = 0;
        for (int i = from - 1; i < to; i++) {
            sum += losses[i];
        }
        return sum / (to - from + 1);
    }

    /** Writes the curve as CSV. */
    public void writeCsv(Path file) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < losses.length; i++) {
            sb.append(i + 1).append(',').append(losses[i]).append('\n');
        }
        try {
            Files.writeString(file, sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write loss curve " + file, e);
        }
    }

    /** Reads a curve written by {@link #writeCsv}. */
    public static LossCurve readCsv(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read loss curve " + file, e);
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("not a loss curve (header '" + HEADER + "' missing): " + file);
        }
        float[] losses = new float[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            if (cells.length != 2 || Integer.parseInt(cells[0]) != i) {
                throw new IllegalArgumentException("bad loss curve line " + (i + 1) + " in " + file + ": " + lines.get(i));
            }
            losses[i - 1] = Float.parseFloat(cells[1]);
        }
        return new LossCurve(losses);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LossCurve other && Arrays.equals(losses, other.losses);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(losses);
    }

    @Override
    public String toString() {
        return losses.length == 0 ? "LossCurve[]"
                : "LossCurve[" + losses.length + " iterations, first " + losses[0] + ", last " + losses[losses.length - 1] + "]";
    }
}
