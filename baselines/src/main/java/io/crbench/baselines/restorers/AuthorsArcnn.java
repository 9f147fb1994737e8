package io.crbench.baselines.restorers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import io.crbench.datasets.Datasets;
import io.crbench.model.MatV5Arrays;
import io.crbench.nn.AlignedConv2d;
import io.crbench.nn.ConvKernel;
import io.crbench.restore.LumaRestorer;
import java.nio.file.Path;
import java.util.List;

/**
 * AR-CNN with its authors' released weights (Dong, Deng, Loy, Tang, ICCV 2015; {@code q10.mat} …
 * {@code q40.mat}, data set {@value Datasets#ARCNN}): one network per JPEG quality, on the Y
 * channel in [0, 1], conv 9×9 → 64, ReLU, 7×7 → 32, ReLU, 1×1 → 16, ReLU, 5×5 → 1, the output being
 * the restored Y itself. As in the authors' MATLAB code every convolution is a correlation over the
 * input padded by replicating its edge ({@code imfilter(…, 'same', 'replicate')}), and a
 * variable's k² kernel positions are MATLAB's column-major reshape (position p is row p mod k,
 * column p div k). Unlike {@link Arcnn}, nothing is trained here.
 */
public final class AuthorsArcnn {
    /** The qualities the authors released a model for. */
    public static final List<Integer> QUALITIES = List.of(10, 20, 30, 40);
    private static final int[] KERNELS = {9, 7, 1, 5};
    private static final int[] CHANNELS = {1, 64, 32, 16, 1};
    private static final String[] LAYERS = {"conv1", "conv2", "conv22", "conv3"};

    private AuthorsArcnn() {
    }

    /**
     * The released model for a JPEG quality {@code jpegQuality} (1..100): the one trained for the
     * nearest of {@link #QUALITIES}, ties going to the lower quality (the stronger deblocker).
     */
    public static int nearestQuality(int jpegQuality) {
        if (jpegQuality < 1 || jpegQuality > 100) {
            throw new IllegalArgumentException("JPEG quality must be in 1..100, got " + jpegQuality);
        }
        int best = QUALITIES.get(0);
        for (int q : QUALITIES) {
            if (Math.abs(q - jpegQuality) < Math.abs(best - jpegQuality)) {
                best = q;
            }
        }
        return best;
    }

    /**
     * Restorer id of the released models picked per image and JPEG quality, the model of the
     * {@link #nearestQuality} to the quality of the image's (last) compression: for conditions
     * that span several qualities (an interval of QFs, multiple compression).
     */
    public static final String MATCHED_QUALITY_ID = "arcnn-authors(q=matched)";

    /** Restorer id, e.g. {@code arcnn-authors(q=10)}. */
    public static String id(int quality) {
        return "arcnn-authors(q=" + quality + ")";
    }

    /** The restorer for {@code quality}, its weights from the {@value Datasets#ARCNN} data set. */
    public static LumaRestorer load(int quality) {
        if (!QUALITIES.contains(quality)) {
            throw new IllegalArgumentException("AR-CNN's authors released models for JPEG qualities " + QUALITIES
                    + ", not " + quality);
        }
        return fromFile(quality, Datasets.locate(Datasets.ARCNN).path("q" + quality + ".mat"));
    }

    /** The restorer with the weights of {@code matFile} (the authors' format). */
    public static LumaRestorer fromFile(int quality, Path matFile) {
        List<ConvKernel> kernels = kernels(MatV5Arrays.read(matFile));
        SequentialBlock block = new SequentialBlock();
        for (int l = 0; l < LAYERS.length; l++) {
            int pad = KERNELS[l] / 2;
            if (pad > 0) {
                block.add(new LambdaBlock(x -> new NDList(replicatePad(x.singletonOrThrow(), pad)), "replicate-pad"));
            }
            block.add(new AlignedConv2d(Conv2d.builder().setKernelShape(new Shape(KERNELS[l], KERNELS[l]))
                    .setFilters(CHANNELS[l + 1])));
            if (l < LAYERS.length - 1) {
                block.add(Activation::relu);
            }
        }
        return ReleasedWeights.restorer(id(quality), block, block, kernels);
    }

    /** The four layers' kernels, [out][in][row][col], from the authors' variables. */
    static List<ConvKernel> kernels(MatV5Arrays mat) {
        ConvKernel[] out = new ConvKernel[LAYERS.length];
        for (int l = 0; l < LAYERS.length; l++) {
            int k = KERNELS[l];
            int in = CHANNELS[l];
            int filters = CHANNELS[l + 1];
            // The last layer's variables drop MATLAB's trailing singleton dimension.
            MatV5Arrays.Numeric w = l == LAYERS.length - 1
                    ? mat.require("weights_" + LAYERS[l], in, k * k)
                    : mat.require("weights_" + LAYERS[l], in, k * k, filters);
            MatV5Arrays.Numeric b = mat.require("biases_" + LAYERS[l], filters, 1);
            float[] weight = new float[filters * in * k * k];
            for (int o = 0; o < filters; o++) {
                for (int i = 0; i < in; i++) {
                    for (int p = 0; p < k * k; p++) {
                        double v = l == LAYERS.length - 1 ? w.at(i, p) : w.at(i, p, o);
                        weight[((o * in + i) * k + p % k) * k + p / k] = (float) v;
                    }
                }
            }
            float[] bias = new float[filters];
            for (int o = 0; o < filters; o++) {
                bias[o] = (float) b.at(o, 0);
            }
            out[l] = new ConvKernel(filters, in, k, weight, bias);
        }
        return List.of(out);
    }

    /** {@code x} (N×C×H×W) with {@code pad} copies of its edge rows and columns on every side. */
    static NDArray replicatePad(NDArray x, int pad) {
        long w = x.getShape().get(3);
        NDArray wide = NDArrays.concat(new NDList(x.get(":, :, :, 0:1").repeat(3, pad), x,
                x.get(":, :, :, " + (w - 1) + ":" + w).repeat(3, pad)), 3);
        long h = wide.getShape().get(2);
        return NDArrays.concat(new NDList(wide.get(":, :, 0:1, :").repeat(2, pad), wide,
                wide.get(":, :, " + (h - 1) + ":" + h + ", :").repeat(2, pad)), 2);
    }
}
