package io.crbench.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.types.Array;
import us.hebi.matlab.mat.types.MatFile;
import us.hebi.matlab.mat.types.Matrix;
import us.hebi.matlab.mat.types.Source;
import us.hebi.matlab.mat.types.Sources;

/**
 * The numeric variables of a MATLAB v5 MAT-file (the format of AR-CNN's released weights), read
 * with MFL ({@code us.hebi.matlab.mat:mfl-core}) into doubles in MATLAB's column-major order.
 * A file that is not a MAT v5 file, a missing variable or one of another shape is a
 * {@link ModelLoadException} naming the file and the variable.
 */
public final class MatV5Arrays {
    private final Path file;
    private final Map<String, Numeric> arrays;

    /**
     * One numeric variable.
     *
     * @param dims MATLAB's dimensions
     * @param values every element, column-major (first index fastest)
     */
    public record Numeric(int[] dims, double[] values) {
        /** The element at MATLAB's (zero-based) indices. */
        public double at(int... index) {
            int linear = 0;
            int stride = 1;
            for (int d = 0; d < dims.length; d++) {
                linear += index[d] * stride;
                stride *= dims[d];
            }
            return values[linear];
        }
    }

    private MatV5Arrays(Path file, Map<String, Numeric> arrays) {
        this.file = file;
        this.arrays = arrays;
    }

    /** Reads every numeric variable of {@code file}. */
    public static MatV5Arrays read(Path file) {
        Map<String, Numeric> arrays = new LinkedHashMap<>();
        try (Source source = Sources.openFile(file.toFile())) {
            MatFile mat = Mat5.newReader(source).readMat();
            for (MatFile.Entry e : mat.getEntries()) {
                Array a = e.getValue();
                if (a instanceof Matrix m) {
                    double[] values = new double[m.getNumElements()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = m.getDouble(i);
                    }
                    arrays.put(e.getName(), new Numeric(m.getDimensions(), values));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new ModelLoadException(file + " is not a readable MATLAB v5 MAT-file: " + e.getMessage(), e);
        }
        return new MatV5Arrays(file, arrays);
    }

    /**
     * Variable {@code name}, which must have dimensions {@code dims}.
     *
     * @throws ModelLoadException naming the file and variable when it is missing or shaped otherwise
     */
    public Numeric require(String name, int... dims) {
        Numeric n = arrays.get(name);
        if (n == null) {
            throw new ModelLoadException(file + " has no numeric variable '" + name + "'; it has " + names());
        }
        if (!Arrays.equals(n.dims(), dims)) {
            throw new ModelLoadException(file + ": variable '" + name + "' is " + Arrays.toString(n.dims())
                    + ", expected " + Arrays.toString(dims));
        }
        for (double v : n.values()) {
            if (!Double.isFinite(v)) {
                throw new ModelLoadException(file + ": variable '" + name + "' holds " + v);
            }
        }
        return n;
    }

    /** The numeric variables' names, in file order. */
    public List<String> names() {
        return new ArrayList<>(arrays.keySet());
    }
}
