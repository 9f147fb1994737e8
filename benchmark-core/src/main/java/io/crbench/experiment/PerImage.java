package io.crbench.experiment;

import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Runs one computation per image index on all cores. Each index is computed independently (random
 * degradations draw from the index as image seed), so results do not depend on thread scheduling.
 */
public final class PerImage {
    private PerImage() {
    }

    /** {@code f(i)} for i = 0..n-1, in index order. */
    public static double[] scores(int n, IntToDoubleFunction f) {
        return IntStream.range(0, n).parallel().mapToDouble(f).toArray();
    }

    /** {@code f(i)} (several values per image) for i = 0..n-1, as [image][value]. */
    public static double[][] rows(int n, IntFunction<double[]> f) {
        return IntStream.range(0, n).parallel().mapToObj(f).toArray(double[][]::new);
    }
}
