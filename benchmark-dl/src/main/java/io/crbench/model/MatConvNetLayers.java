package io.crbench.model;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The layers of a MatConvNet {@code simplenn} network saved as a MATLAB v7.3 MAT-file (HDF5; the
 * format of DnCNN's released models), read with jHDF: variable {@code net.layers} is a cell array
 * of object references, each to a struct with a {@code type} ({@code conv}, {@code relu}, …) and,
 * for convolutions, {@code weights} (kernel and bias), {@code pad} and {@code stride}. A file that
 * is not HDF5 or lacks this layout is a {@link ModelLoadException} naming the file and what is
 * missing.
 */
public final class MatConvNetLayers {
    private MatConvNetLayers() {
    }

    /**
     * One layer.
     *
     * @param type MatConvNet's layer type, e.g. {@code conv}
     * @param kernel for a convolution its filters as [out][in][row][col], flattened; else empty
     * @param kernelShape out, in, rows, cols for a convolution; else empty
     * @param bias one per output channel for a convolution; else empty
     * @param pad the convolution's zero padding on every side (0 for other layers)
     * @param stride the convolution's stride (1 for other layers)
     */
    public record Layer(String type, float[] kernel, int[] kernelShape, float[] bias, int pad, int stride) {
    }

    /** Every layer of {@code file}'s {@code net}, in order. */
    public static List<Layer> read(Path file) {
        try (HdfFile hdf = new HdfFile(file)) {
            Node layersNode = hdf.getByPath("/net/layers");
            if (!(layersNode instanceof Dataset layers) || !(layers.getData() instanceof long[][] refs)) {
                throw new ModelLoadException(file + ": /net/layers is not a cell array of layer references");
            }
            List<Layer> out = new ArrayList<>();
            for (int i = 0; i < refs.length; i++) {
                out.add(layer(hdf, file, i, (Group) hdf.getNodeByAddress(refs[i][0])));
            }
            return out;
        } catch (ModelLoadException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ModelLoadException(file + " is not a readable MatConvNet network (MATLAB v7.3 / HDF5): "
                    + e.getMessage(), e);
        }
    }

    private static Layer layer(HdfFile hdf, Path file, int index, Group g) {
        String type = text(dataset(g, "type", file, index));
        if (!type.equals("conv")) {
            return new Layer(type, new float[0], new int[0], new float[0], 0, 1);
        }
        long[][] weights = (long[][]) dataset(g, "weights", file, index).getData();
        Dataset kernel = (Dataset) hdf.getNodeByAddress(weights[0][0]);
        Dataset bias = (Dataset) hdf.getNodeByAddress(weights[1][0]);
        // HDF5 holds MATLAB's rows × cols × in × out array with its dimensions reversed, and MATLAB
        // drops trailing singleton dimensions (a 3 × 3 × 64 × 1 kernel is stored as [64, 3, 3]).
        int[] dims = kernel.getDimensions();
        int outChannels = dims.length == 4 ? dims[0] : 1;
        int inChannels = dims[dims.length - 3];
        int cols = dims[dims.length - 2];
        int rows = dims[dims.length - 1];
        float[] flat = floats(kernel, file, index);
        float[] ordered = new float[flat.length];
        for (int o = 0; o < outChannels; o++) {
            for (int i = 0; i < inChannels; i++) {
                for (int c = 0; c < cols; c++) {
                    for (int r = 0; r < rows; r++) {
                        ordered[((o * inChannels + i) * rows + r) * cols + c] = flat[((o * inChannels + i) * cols + c) * rows + r];
                    }
                }
            }
        }
        float[] b = floats(bias, file, index);
        if (b.length != outChannels) {
            throw new ModelLoadException(file + ": layer " + index + " has " + b.length + " biases for " + outChannels
                    + " filters");
        }
        return new Layer(type, ordered, new int[] {outChannels, inChannels, rows, cols}, b,
                (int) number(dataset(g, "pad", file, index), file, index),
                (int) number(dataset(g, "stride", file, index), file, index));
    }

    private static Dataset dataset(Group g, String name, Path file, int index) {
        Node n = g.getChildren().get(name);
        if (!(n instanceof Dataset d)) {
            throw new ModelLoadException(file + ": layer " + index + " has no '" + name + "'");
        }
        return d;
    }

    private static String text(Dataset d) {
        StringBuilder sb = new StringBuilder();
        for (int[] c : (int[][]) d.getData()) {
            sb.append((char) c[0]);
        }
        return sb.toString();
    }

    private static double number(Dataset d, Path file, int index) {
        double[][] v = (double[][]) d.getData();
        if (Arrays.stream(v).flatMapToDouble(Arrays::stream).distinct().count() != 1) {
            throw new ModelLoadException(file + ": layer " + index + " has unequal " + d.getName() + " "
                    + Arrays.deepToString(v) + ", which is not supported");
        }
        return v[0][0];
    }

    /** The values of a single-precision array of any rank, in storage order. */
    private static float[] floats(Dataset d, Path file, int index) {
        if (!(d.getDataFlat() instanceof float[] values)) {
            throw new ModelLoadException(file + ": layer " + index + " holds " + d.getJavaType().getSimpleName()
                    + " weights, expected single precision");
        }
        return values;
    }
}
