package io.crbench.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An int8 ONNX graph (QDQ-free "QLinear" form, as the ONNX Model Zoo's quantised CNNs are) turned
 * into float operations on DJL arrays, so that it is differentiable: every int8 initializer is
 * dequantised, {@code w = scale · (q − zero_point)}, per output channel where the file has
 * per-channel scales, and int32 biases become {@code b = q · scale_x · scale_w}.
 *
 * <p>Activations are not rounded to 8 bits (that would have no gradient), but each quantised
 * tensor is clipped to the range its scale and zero point can represent. That keeps the int8
 * model's saturation, which is how its fused ReLU / ReLU6 activations are expressed: a ReLU
 * output has zero point 0, so its range starts at 0.
 *
 * <p>The graph can be run between any two of its tensors ({@link #run}), which is how a backbone
 * is cut into stages. Supported ops: QuantizeLinear, DequantizeLinear, QLinearConv, QLinearAdd,
 * QLinearGlobalAveragePool, QLinearMatMul, and the exporter's flatten idiom (Reshape to a shape
 * computed by Shape → Gather → Unsqueeze → Concat, i.e. {@code (batch, −1)}); anything else is a
 * {@link ModelLoadException} naming the op and the file.
 */
final class DequantizedGraph {
    /** Ops that only compute the flatten's target shape; their results are not needed. */
    private static final Set<String> SHAPE_ARITHMETIC = Set.of("Shape", "Gather", "Unsqueeze", "Concat");

    /** One float operation: reads named tensors, writes one. */
    private interface Op {
        List<String> inputs();

        String output();

        NDArray apply(List<NDArray> in);
    }

    private record Node(List<String> inputs, String output, Function<List<NDArray>, NDArray> f)
            implements Op {
        @Override
        public NDArray apply(List<NDArray> in) {
            return f.apply(in);
        }
    }

    private final String inputName;
    private final List<Op> ops;
    private final Map<String, Integer> producer = new HashMap<>();
    private final Map<String, Long> channels = new HashMap<>();

    private DequantizedGraph(String inputName, List<Op> ops, Map<String, Long> channels) {
        this.inputName = inputName;
        this.ops = List.copyOf(ops);
        for (int i = 0; i < this.ops.size(); i++) {
            producer.put(this.ops.get(i).output(), i);
        }
        this.channels.putAll(channels);
    }

    /**
     * Dequantises {@code model}'s initializers into arrays of {@code manager} (which must outlive
     * the graph) and builds its ops.
     */
    static DequantizedGraph of(OnnxModelFile model, NDManager manager) {
        if (model.inputNames().size() != 1 || model.outputNames().size() != 1) {
            throw new ModelLoadException(model.file() + ": expected one input and one output, got "
                    + model.inputNames() + " → " + model.outputNames());
        }
        Builder b = new Builder(model, manager);
        for (OnnxNode node : model.nodes()) {
            b.add(node);
        }
        return new DequantizedGraph(model.inputNames().get(0), b.ops, b.channels);
    }

    /** The graph's input tensor name. */
    String inputName() {
        return inputName;
    }

    /** Names of the tensors the ops write, in execution order. */
    List<String> tensorNames() {
        return ops.stream().map(Op::output).toList();
    }

    /** Channels of a conv or add output tensor (as far as the weights tell), or -1. */
    long channels(String tensor) {
        return channels.getOrDefault(tensor, -1L);
    }

    /**
     * Runs the ops after {@code from} (the graph input, or an op's output) up to and including the
     * op that writes {@code to}, with {@code x} as the value of {@code from}.
     *
     * @throws IllegalArgumentException if a tensor is unknown, {@code to} is not after {@code from},
     *     or an op in between needs a tensor computed before {@code from} (a cut through a skip
     *     connection)
     */
    NDArray run(NDArray x, String from, String to) {
        int start = from.equals(inputName) ? -1 : index(from);
        int end = index(to);
        if (end <= start) {
            throw new IllegalArgumentException("tensor " + to + " is not computed after " + from);
        }
        Map<String, NDArray> env = new HashMap<>();
        env.put(from, x);
        for (int i = start + 1; i <= end; i++) {
            Op op = ops.get(i);
            List<NDArray> in = new ArrayList<>(op.inputs().size());
            for (String name : op.inputs()) {
                NDArray value = env.get(name);
                if (value == null) {
                    throw new IllegalArgumentException("cannot start at " + from + ": " + op.output() + " needs " + name
                            + ", computed before it");
                }
                in.add(value);
            }
            env.put(op.output(), op.apply(in));
        }
        return env.get(to);
    }

    private int index(String tensor) {
        Integer i = producer.get(tensor);
        if (i == null) {
            throw new IllegalArgumentException("no op writes tensor " + tensor);
        }
        return i;
    }

    /** Turns ONNX nodes into ops, dequantising the initializers they read. */
    private static final class Builder {
        private final OnnxModelFile model;
        private final NDManager manager;
        private final List<Op> ops = new ArrayList<>();
        private final Map<String, Long> channels = new HashMap<>();

        Builder(OnnxModelFile model, NDManager manager) {
            this.model = model;
            this.manager = manager;
        }

        void add(OnnxNode node) {
            List<String> in = node.inputs();
            String out = node.outputs().get(0);
            switch (node.opType()) {
                case "QuantizeLinear" -> clipOnly(in.get(0), out, in.get(1), in.get(2));
                case "DequantizeLinear" -> ops.add(new Node(List.of(in.get(0)), out, xs -> xs.get(0)));
                case "QLinearConv" -> conv(node, in, out);
                case "QLinearAdd" -> add(in, out);
                case "QLinearGlobalAveragePool" -> {
                    double[] range = range(in.get(3), in.get(4));
                    ops.add(new Node(List.of(in.get(0)), out,
                            xs -> globalAverage(xs.get(0)).clip(range[0], range[1])));
                }
                case "QLinearMatMul" -> matMul(in, out);
                case "Reshape" -> flatten(node, in, out);
                default -> {
                    if (!SHAPE_ARITHMETIC.contains(node.opType())) {
                        throw new ModelLoadException(model.file() + ": op " + node.opType() + " (node " + node.name()
                                + ") cannot be dequantised into float ops");
                    }
                }
            }
        }

        /** Mean over H and W, kept as 1×1 (DJL's PyTorch mean reduces one axis at a time). */
        private static NDArray globalAverage(NDArray x) {
            return x.mean(new int[] {3}, true).mean(new int[] {2}, true);
        }

        private void clipOnly(String x, String out, String scale, String zeroPoint) {
            double[] range = range(scale, zeroPoint);
            ops.add(new Node(List.of(x), out, xs -> xs.get(0).clip(range[0], range[1])));
        }

        private void conv(OnnxNode node, List<String> in, String out) {
            OnnxTensor wq = initializer(in.get(3));
            float inputScale = scalar(in.get(1));
            float[] wScale = floats(in.get(4), wq.dims()[0]);
            int[] wZero = ints(in.get(5), wq.dims()[0]);
            long[] dims = wq.dims();
            int perChannel = (int) (dims[1] * dims[2] * dims[3]);
            int[] q = wq.ints();
            float[] w = new float[q.length];
            for (int i = 0; i < q.length; i++) {
                int c = i / perChannel;
                w[i] = wScale[c] * (q[i] - wZero[c]);
            }
            float[] bias = new float[(int) dims[0]];
            if (in.size() > 8 && !in.get(8).isEmpty()) {
                int[] bq = initializer(in.get(8)).ints();
                for (int c = 0; c < bias.length; c++) {
                    bias[c] = bq[c] * inputScale * wScale[c];
                }
            }
            NDArray weight = manager.create(w, new Shape(dims));
            NDArray b = manager.create(bias);
            Shape stride = pair(node, "strides", 1);
            Shape dilation = pair(node, "dilations", 1);
            Shape padding = symmetricPads(node);
            int groups = Math.toIntExact(node.attribute("group").map(OnnxAttribute::i).orElse(1L));
            double[] range = range(in.get(6), in.get(7));
            channels.put(out, dims[0]);
            ops.add(new Node(List.of(in.get(0)), out, xs -> Conv2d.conv2d(xs.get(0), weight, b, stride, padding,
                    dilation, groups).singletonOrThrow().clip(range[0], range[1])));
        }

        private void add(List<String> in, String out) {
            double[] range = range(in.get(6), in.get(7));
            if (model.initializer(in.get(3)).isPresent()) {
                // A constant addend (the classifier's bias) is dequantised once.
                NDArray constant = dequantised(in.get(3), in.get(4), in.get(5));
                ops.add(new Node(List.of(in.get(0)), out, xs -> xs.get(0).add(constant).clip(range[0], range[1])));
                return;
            }
            channels.put(out, channels.getOrDefault(in.get(0), -1L));
            ops.add(new Node(List.of(in.get(0), in.get(3)), out,
                    xs -> xs.get(0).add(xs.get(1)).clip(range[0], range[1])));
        }

        private void matMul(List<String> in, String out) {
            NDArray weight = dequantised(in.get(3), in.get(4), in.get(5));
            double[] range = range(in.get(6), in.get(7));
            ops.add(new Node(List.of(in.get(0)), out, xs -> xs.get(0).matMul(weight).clip(range[0], range[1])));
        }

        private void flatten(OnnxNode node, List<String> in, String out) {
            boolean computedShape = model.nodes().stream()
                    .anyMatch(n -> n.opType().equals("Concat") && n.outputs().contains(in.get(1)));
            if (!computedShape) {
                throw new ModelLoadException(model.file() + ": Reshape " + node.name()
                        + " is not the exporter's flatten (its shape is not computed by a Concat)");
            }
            ops.add(new Node(List.of(in.get(0)), out, xs -> xs.get(0).reshape(xs.get(0).getShape().get(0), -1)));
        }

        /**
         * An int8/uint8 initializer as floats, scale · (q − zero_point), with a scale and zero point
         * per tensor or per index of the last axis (QLinearMatMul's per-output-column form).
         */
        private NDArray dequantised(String q, String scale, String zeroPoint) {
            OnnxTensor t = initializer(q);
            long[] dims = t.dims();
            long last = dims.length == 0 ? 1 : dims[dims.length - 1];
            float[] s = floats(scale, last);
            int[] zp = ints(zeroPoint, last);
            int[] values = t.ints();
            float[] out = new float[values.length];
            for (int i = 0; i < values.length; i++) {
                int c = (int) (i % last);
                out[i] = s[c] * (values[i] - zp[c]);
            }
            return manager.create(out, new Shape(dims));
        }

        /** The float interval a quantised tensor with this scale and zero point can represent. */
        private double[] range(String scale, String zeroPoint) {
            OnnxTensor zp = initializer(zeroPoint);
            double s = scalar(scale);
            int z = zp.ints()[0];
            int lo = zp.dataType() == OnnxTensor.UINT8 ? 0 : -128;
            int hi = zp.dataType() == OnnxTensor.UINT8 ? 255 : 127;
            return new double[] {s * (lo - z), s * (hi - z)};
        }

        private OnnxTensor initializer(String name) {
            return model.initializer(name).orElseThrow(() -> new ModelLoadException(model.file()
                    + ": quantisation parameter " + name + " is not an initializer"));
        }

        private float scalar(String name) {
            OnnxTensor t = initializer(name);
            if (t.elementCount() != 1) {
                throw new ModelLoadException(model.file() + ": " + name + " should be a scalar, has " + t.elementCount()
                        + " elements");
            }
            return t.floats()[0];
        }

        /** A per-channel parameter of {@code n} channels, or a per-tensor one repeated {@code n} times. */
        private float[] floats(String name, long n) {
            float[] v = initializer(name).floats();
            checkCount(name, v.length, n);
            return v.length == n ? v : repeat(v[0], (int) n);
        }

        private int[] ints(String name, long n) {
            int[] v = initializer(name).ints();
            checkCount(name, v.length, n);
            if (v.length == n) {
                return v;
            }
            int[] out = new int[(int) n];
            Arrays.fill(out, v[0]);
            return out;
        }

        private void checkCount(String name, int count, long n) {
            if (count != 1 && count != n) {
                throw new ModelLoadException(model.file() + ": quantisation parameter " + name + " has " + count
                        + " values, expected 1 or " + n);
            }
        }

        private static float[] repeat(float v, int n) {
            float[] out = new float[n];
            Arrays.fill(out, v);
            return out;
        }

        private static Shape pair(OnnxNode node, String attribute, long fallback) {
            List<Long> v = node.attribute(attribute).map(OnnxAttribute::ints).orElse(List.of(fallback, fallback));
            return new Shape(v.get(0), v.get(1));
        }

        private Shape symmetricPads(OnnxNode node) {
            List<Long> p = node.attribute("pads").map(OnnxAttribute::ints).orElse(List.of(0L, 0L, 0L, 0L));
            if (!p.get(0).equals(p.get(2)) || !p.get(1).equals(p.get(3))) {
                throw new ModelLoadException(model.file() + ": conv " + node.name() + " has asymmetric pads " + p);
            }
            return new Shape(p.get(0), p.get(1));
        }
    }
}
