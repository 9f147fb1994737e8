package io.crbench.numerics;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import io.crbench.experiment.Scale;
import org.apache.commons.math3.special.Erf;
import io.crbench.train.Recipe;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Every engine operation crbench's networks, losses and optimizers use, as known-answer checks:
 * convolutions (1×1, 3×3, 9×9, strided, grouped and depthwise, dilated; square and non-square
 * maps; small channel counts at the batch sizes of a training step, where oneDNN's AVX-512 and
 * AVX2 backward-data kernels failed here, and the 9×11 map where its AVX GEMM convolution did),
 * pooling, batch and layer normalisation, matrix products, softmax, the 2-D FFT, element-wise
 * functions (GELU included) and reductions, gathers, upsampling, and the Adam and Adamax updates.
 * {@link #all()} is the unit-test and diagnosis set (DJL's PyTorch engine has no transposed
 * convolution, so crbench's networks upsample by repetition and none is checked);
 * {@link #selfCheck()} the subset run before a JVM's first model.
 */
public final class KnownAnswerCatalog {
    private static final float EPS = 1e-5f;

    private KnownAnswerCatalog() {
    }

    /** Every check. */
    public static List<NumericCheck> all() {
        List<NumericCheck> checks = new ArrayList<>();
        for (boolean backward : new boolean[] {false, true}) {
            checks.add(conv("conv2d_1x1", new int[] {2, 8, 6, 6}, new int[] {4, 8, 1, 1}, 1, 0, 1, 1, backward));
            checks.add(conv("conv2d_3x3", new int[] {2, 3, 8, 8}, new int[] {5, 3, 3, 3}, 1, 1, 1, 1, backward));
            checks.add(conv("conv2d_3x3", new int[] {4, 3, 16, 16}, new int[] {8, 3, 3, 3}, 1, 1, 1, 1, backward));
            checks.add(conv("conv2d_3x3", new int[] {4, 8, 16, 16}, new int[] {3, 8, 3, 3}, 1, 1, 1, 1, backward));
            checks.add(conv("conv2d_3x3", new int[] {2, 32, 16, 16}, new int[] {32, 32, 3, 3}, 1, 1, 1, 1, backward));
            checks.add(conv("conv2d_3x3", new int[] {1, 1, 33, 33}, new int[] {64, 1, 3, 3}, 1, 1, 1, 1, backward));
            checks.add(conv("conv2d_3x3", new int[] {1, 64, 17, 17}, new int[] {64, 64, 3, 3}, 1, 1, 1, 1, backward));
            checks.add(conv("conv2d_3x3", new int[] {1, 64, 17, 17}, new int[] {1, 64, 3, 3}, 1, 1, 1, 1, backward));
            checks.add(conv("conv2d_9x9", new int[] {1, 1, 24, 24}, new int[] {16, 1, 9, 9}, 1, 4, 1, 1, backward));
            checks.add(conv("conv2d_3x3", new int[] {2, 12, 9, 11}, new int[] {16, 12, 3, 3}, 1, 1, 1, 1, backward));
            checks.add(conv("conv2d_1x1", new int[] {2, 12, 9, 11}, new int[] {16, 12, 1, 1}, 1, 0, 1, 1, backward));
            checks.add(conv("conv2d_3x3", new int[] {1, 3, 20, 13}, new int[] {8, 3, 3, 3}, 1, 1, 1, 1, backward));
            checks.add(conv("conv2d_strided", new int[] {2, 8, 15, 10}, new int[] {8, 8, 3, 3}, 2, 1, 1, 1, backward));
            checks.add(conv("conv2d_strided", new int[] {2, 4, 9, 9}, new int[] {6, 4, 3, 3}, 2, 1, 1, 1, backward));
            checks.add(conv("conv2d_grouped", new int[] {2, 4, 8, 8}, new int[] {6, 2, 3, 3}, 1, 1, 1, 2, backward));
            checks.add(conv("conv2d_depthwise", new int[] {2, 16, 12, 12}, new int[] {16, 1, 3, 3}, 1, 1, 1, 16, backward));
            checks.add(conv("conv2d_dilated", new int[] {2, 3, 12, 12}, new int[] {4, 3, 3, 3}, 1, 2, 2, 1, backward));
            checks.add(pool("max_pool2d", new int[] {2, 3, 8, 8}, true, backward));
            checks.add(pool("avg_pool2d", new int[] {2, 3, 8, 8}, false, backward));
            checks.add(batchNorm(new int[] {4, 6, 5, 5}, backward));
            checks.add(layerNorm(new int[] {2, 10, 16}, backward));
            checks.add(linear(8, 32, 16, backward));
            checks.add(matMul(2, 16, 24, 8, backward));
            checks.add(softmax("softmax", new int[] {4, 10, 17}, false, backward));
            checks.add(softmax("log_softmax", new int[] {4, 10, 17}, true, backward));
            checks.add(fft2(new int[] {2, 3, 8, 8}, backward));
            checks.add(upsample(new int[] {2, 4, 5, 5}, backward));
            checks.add(sum(new int[] {4, 16, 300}, backward));
            checks.add(elementwise("relu", a -> a.getNDArrayInternal().relu(), new ReferenceOps.Elementwise() {
                public double value(double v) {
                    return Math.max(v, 0);
                }

                public double derivative(double v) {
                    return v > 0 ? 1 : 0;
                }
            }, backward));
            checks.add(elementwise("sigmoid", a -> a.getNDArrayInternal().sigmoid(), new ReferenceOps.Elementwise() {
                public double value(double v) {
                    return 1 / (1 + Math.exp(-v));
                }

                public double derivative(double v) {
                    double s = value(v);
                    return s * (1 - s);
                }
            }, backward));
            checks.add(elementwise("gelu", a -> a.getNDArrayInternal().gelu(), new ReferenceOps.Elementwise() {
                public double value(double v) {
                    return 0.5 * v * (1 + Erf.erf(v / Math.sqrt(2)));
                }

                public double derivative(double v) {
                    return 0.5 * (1 + Erf.erf(v / Math.sqrt(2))) + v * Math.exp(-v * v / 2) / Math.sqrt(2 * Math.PI);
                }
            }, backward));
            checks.add(take(backward));
            checks.add(elementwise("exp", NDArray::exp, new ReferenceOps.Elementwise() {
                public double value(double v) {
                    return Math.exp(v);
                }

                public double derivative(double v) {
                    return Math.exp(v);
                }
            }, backward));
            checks.add(elementwise("clip", a -> a.clip(-0.5f, 0.5f), new ReferenceOps.Elementwise() {
                public double value(double v) {
                    return Math.max(-0.5, Math.min(0.5, v));
                }

                public double derivative(double v) {
                    return v > -0.5 && v < 0.5 ? 1 : 0;
                }
            }, backward));
        }
        checks.add(adam(256));
        checks.add(adamax(256));
        return checks;
    }

    /**
     * The self-check's subset (well under a second): the operations a training step of every
     * crbench network needs, forward and backward, at sizes large enough to run on several threads,
     * including every shape that failed under some oneDNN cap here (small channel counts, a
     * non-square map).
     */
    public static List<NumericCheck> selfCheck() {
        return List.of(
                conv("conv2d_3x3", new int[] {4, 8, 16, 16}, new int[] {3, 8, 3, 3}, 1, 1, 1, 1, true),
                conv("conv2d_3x3", new int[] {4, 3, 16, 16}, new int[] {8, 3, 3, 3}, 1, 1, 1, 1, true),
                conv("conv2d_3x3", new int[] {2, 32, 16, 16}, new int[] {32, 32, 3, 3}, 1, 1, 1, 1, true),
                conv("conv2d_3x3", new int[] {2, 12, 9, 11}, new int[] {16, 12, 3, 3}, 1, 1, 1, 1, true),
                conv("conv2d_depthwise", new int[] {2, 16, 12, 12}, new int[] {16, 1, 3, 3}, 1, 1, 1, 16, true),
                conv("conv2d_1x1", new int[] {2, 8, 6, 6}, new int[] {4, 8, 1, 1}, 1, 0, 1, 1, true),
                batchNorm(new int[] {4, 6, 5, 5}, true),
                matMul(2, 16, 24, 8, true),
                softmax("log_softmax", new int[] {4, 10, 17}, true, true),
                adam(256));
    }

    private static String tag(int[]... shapes) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < shapes.length; i++) {
            if (i > 0) {
                s.append(i == 1 ? "->" : ",");
            }
            s.append(IntStream.of(shapes[i]).mapToObj(Integer::toString).reduce((a, b) -> a + "x" + b).orElse(""));
        }
        return s.append(']').toString();
    }

    private static String name(String op, boolean backward, String tag) {
        return op + (backward ? "_backward" : "_forward") + tag;
    }

    private static List<long[]> shapes(int[]... s) {
        List<long[]> out = new ArrayList<>();
        for (int[] a : s) {
            out.add(IntStream.of(a).asLongStream().toArray());
        }
        return out;
    }

    private static KnownAnswerCase conv(String op, int[] x, int[] w, int stride, int pad, int dilation, int groups,
            boolean backward) {
        ReferenceConvolution ref = new ReferenceConvolution(stride, pad, dilation, groups);
        TorchOp torch = in -> Conv2d.conv2d(in.get(0), in.get(1), in.get(2), new Shape(stride, stride),
                new Shape(pad, pad), new Shape(dilation, dilation), groups).singletonOrThrow();
        return new KnownAnswerCase(name(op, backward, tag(x, new int[] {w[0]})), shapes(x, w, new int[] {w[0]}), torch,
                ReferenceOps.convolution(ref, x, w), backward, KnownAnswerCase.FLOAT32_TOLERANCE);
    }

    private static KnownAnswerCase pool(String op, int[] x, boolean max, boolean backward) {
        TorchOp torch = in -> max
                ? Pool.maxPool2d(in.get(0), new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false)
                : Pool.avgPool2d(in.get(0), new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false, true);
        return new KnownAnswerCase(name(op, backward, tag(x)), shapes(x), torch, ReferenceOps.pool(x, 2, 2, max), backward,
                KnownAnswerCase.FLOAT32_TOLERANCE);
    }

    private static KnownAnswerCase batchNorm(int[] x, boolean backward) {
        int c = x[1];
        TorchOp torch = in -> BatchNorm.batchNorm(in.get(0), in.getManager().zeros(new Shape(c)),
                in.getManager().ones(new Shape(c)), in.get(1), in.get(2), 1, 0.1f, EPS, true).get(0);
        return new KnownAnswerCase(name("batch_norm", backward, tag(x)), shapes(x, new int[] {c}, new int[] {c}), torch,
                ReferenceOps.batchNorm(x, EPS), backward, KnownAnswerCase.FLOAT32_TOLERANCE);
    }

    private static KnownAnswerCase layerNorm(int[] x, boolean backward) {
        int d = x[x.length - 1];
        TorchOp torch = in -> LayerNorm.layerNorm(in.get(0), new Shape(d), in.get(1), in.get(2), EPS).get(0);
        return new KnownAnswerCase(name("layer_norm", backward, tag(x)), shapes(x, new int[] {d}, new int[] {d}), torch,
                ReferenceOps.layerNorm(d, EPS), backward, KnownAnswerCase.FLOAT32_TOLERANCE);
    }

    private static KnownAnswerCase linear(int m, int k, int n, boolean backward) {
        TorchOp torch = in -> Linear.linear(in.get(0), in.get(1), in.get(2)).singletonOrThrow();
        return new KnownAnswerCase(name("linear", backward, tag(new int[] {m, k}, new int[] {n})),
                shapes(new int[] {m, k}, new int[] {n, k}, new int[] {n}), torch, ReferenceOps.linear(m, k, n), backward,
                KnownAnswerCase.FLOAT32_TOLERANCE);
    }

    private static KnownAnswerCase matMul(int b, int m, int k, int n, boolean backward) {
        TorchOp torch = in -> in.get(0).matMul(in.get(1));
        return new KnownAnswerCase(name("matmul", backward, tag(new int[] {b, m, k}, new int[] {b, k, n})),
                shapes(new int[] {b, m, k}, new int[] {b, k, n}), torch, ReferenceOps.matMul(b, m, k, n), backward,
                KnownAnswerCase.FLOAT32_TOLERANCE);
    }

    private static KnownAnswerCase softmax(String op, int[] x, boolean log, boolean backward) {
        TorchOp torch = in -> log ? in.get(0).logSoftmax(-1) : in.get(0).softmax(-1);
        return new KnownAnswerCase(name(op, backward, tag(x)), shapes(x), torch, ReferenceOps.softmax(x[x.length - 1], log),
                backward, KnownAnswerCase.FLOAT32_TOLERANCE);
    }

    private static KnownAnswerCase fft2(int[] x, boolean backward) {
        int h = x[x.length - 2], w = x[x.length - 1];
        TorchOp torch = in -> in.get(0).fft2(new long[] {h, w}, new long[] {-2, -1}).real();
        return new KnownAnswerCase(name("fft2", backward, tag(x)), shapes(x), torch, ReferenceOps.fft2(h, w), backward,
                KnownAnswerCase.FLOAT32_TOLERANCE);
    }

    private static KnownAnswerCase upsample(int[] x, boolean backward) {
        TorchOp torch = in -> in.get(0).repeat(2, 2).repeat(3, 2);
        return new KnownAnswerCase(name("upsample2x", backward, tag(x)), shapes(x), torch, ReferenceOps.upsample2x(x),
                backward, KnownAnswerCase.FLOAT32_TOLERANCE);
    }

    /** Gathering a table by an index with repeats, as the relative position bias of window attention does. */
    private static KnownAnswerCase take(boolean backward) {
        int tableSize = 49;
        int[] index = IntStream.range(0, 4 * 64 * 64).map(i -> (i * 7 + i / 13) % tableSize).toArray();
        TorchOp torch = in -> in.get(0).take(in.getManager().create(IntStream.of(index).asLongStream().toArray()));
        ReferenceOp ref = in -> {
            double[] out = new double[index.length];
            for (int i = 0; i < index.length; i++) {
                out[i] = in[0][index[i]];
            }
            return out;
        };
        return new KnownAnswerCase(name("take", backward, tag(new int[] {tableSize}, new int[] {index.length})),
                shapes(new int[] {tableSize}), torch, ref, backward, KnownAnswerCase.FLOAT32_TOLERANCE);
    }

    private static KnownAnswerCase sum(int[] x, boolean backward) {
        TorchOp torch = in -> in.get(0).sum(new int[] {-1});
        return new KnownAnswerCase(name("sum", backward, tag(x)), shapes(x), torch, ReferenceOps.sumLastAxis(x[x.length - 1]),
                backward, KnownAnswerCase.FLOAT32_TOLERANCE);
    }

    private static KnownAnswerCase elementwise(String op, java.util.function.UnaryOperator<NDArray> f,
            ReferenceOps.Elementwise ref, boolean backward) {
        int[] x = {4, 16, 32, 32};
        TorchOp torch = in -> f.apply(in.get(0));
        return new KnownAnswerCase(name(op, backward, tag(x)), shapes(x), torch, ReferenceOps.elementwise(ref), backward,
                KnownAnswerCase.FLOAT32_TOLERANCE);
    }

    private static OptimizerCase adam(int size) {
        float lr = 1e-2f;
        return new OptimizerCase("adam_update[" + size + "]", size,
                () -> Adam.builder().optLearningRateTracker(Tracker.fixed(lr)).build(),
                OptimizerCase.adam(lr, 0.9, 0.999, 1e-8));
    }

    private static OptimizerCase adamax(int size) {
        float lr = 2e-3f;
        return new OptimizerCase("adamax_update[" + size + "]", size, () -> Recipe.adamax(Scale.CI, 1, 1, 1, lr, 0).optimizer(),
                OptimizerCase.adamax(lr, 0.9, 0.999, 1e-7));
    }
}
