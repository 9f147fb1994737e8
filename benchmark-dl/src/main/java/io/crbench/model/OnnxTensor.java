package io.crbench.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;

/**
 * One ONNX tensor (an initializer or a tensor-valued attribute): name, element type, shape and the
 * values as little-endian bytes in ONNX's {@code raw_data} layout, whichever field of the file they
 * came from. Typed accessors widen where that is lossless, so int8 weights and their uint8 zero
 * points can both be read as {@code int[]}.
 *
 * @param name tensor name, as nodes refer to it
 * @param dataType ONNX {@code TensorProto.DataType} code, e.g. {@link #FLOAT}
 * @param dims shape; empty for a scalar
 * @param data values, little-endian, row-major; for a supported type exactly
 *     {@code elementCount() × elementSize} bytes; for other types whatever {@code raw_data} held
 */
public record OnnxTensor(String name, int dataType, long[] dims, ByteBuffer data) {
    public static final int FLOAT = 1;
    public static final int UINT8 = 2;
    public static final int INT8 = 3;
    public static final int INT32 = 6;
    public static final int INT64 = 7;
    public static final int DOUBLE = 11;

    /** ONNX's names of data types 0..23, indexed by code. */
    private static final String[] TYPE_NAMES = {"UNDEFINED", "FLOAT", "UINT8", "INT8", "UINT16", "INT16", "INT32",
        "INT64", "STRING", "BOOL", "FLOAT16", "DOUBLE", "UINT32", "UINT64", "COMPLEX64", "COMPLEX128", "BFLOAT16",
        "FLOAT8E4M3FN", "FLOAT8E4M3FNUZ", "FLOAT8E5M2", "FLOAT8E5M2FNUZ", "UINT4", "INT4", "FLOAT4E2M1"};

    /** Copies {@code dims} and {@code data}; rejects negative dims and a data size that does not fit them. */
    public OnnxTensor {
        Objects.requireNonNull(name, "name");
        dims = dims.clone();
        for (long d : dims) {
            if (d < 0) {
                throw new IllegalArgumentException("tensor " + name + " has a negative dimension: "
                        + Arrays.toString(dims));
            }
        }
        ByteBuffer copy = ByteBuffer.allocate(data.remaining());
        copy.put(data.duplicate()).flip();
        data = copy.asReadOnlyBuffer();
        int size = elementSize(dataType);
        if (size > 0) {
            long count = countElements(name, dims);
            // Compared by division so that absurd dims cannot overflow a byte count.
            if (data.remaining() % size != 0 || data.remaining() / size != count) {
                throw new IllegalArgumentException("tensor " + name + " of type " + dataTypeName(dataType) + " and dims "
                        + Arrays.toString(dims) + " needs " + count + " elements of " + size + " bytes, has "
                        + data.remaining() + " bytes");
            }
        }
    }

    /** ONNX's name of a data type code, e.g. {@code INT8} for 3. */
    public static String dataTypeName(int dataType) {
        return dataType >= 0 && dataType < TYPE_NAMES.length ? TYPE_NAMES[dataType] : "type " + dataType;
    }

    /** Bytes per element of the types this class decodes; 0 for any other type. */
    static int elementSize(int dataType) {
        return switch (dataType) {
            case UINT8, INT8 -> 1;
            case FLOAT, INT32 -> 4;
            case INT64, DOUBLE -> 8;
            default -> 0;
        };
    }

    @Override
    public long[] dims() {
        return dims.clone();
    }

    /** A read-only little-endian view of the values, positioned at the first byte. */
    @Override
    public ByteBuffer data() {
        return data.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Product of the dims (1 for a scalar). */
    public long elementCount() {
        return countElements(name, dims);
    }

    /** The values of a {@link #FLOAT} tensor. */
    public float[] floats() {
        requireType("floats()", FLOAT);
        float[] out = new float[count()];
        data().asFloatBuffer().get(out);
        return out;
    }

    /** The values of a {@link #FLOAT} or {@link #DOUBLE} tensor, as doubles. */
    public double[] doubles() {
        requireType("doubles()", FLOAT, DOUBLE);
        if (dataType == DOUBLE) {
            double[] out = new double[count()];
            data().asDoubleBuffer().get(out);
            return out;
        }
        float[] floats = floats();
        double[] out = new double[floats.length];
        for (int i = 0; i < floats.length; i++) {
            out[i] = floats[i];
        }
        return out;
    }

    /** The values of a {@link #UINT8} (0..255), {@link #INT8} (−128..127) or {@link #INT32} tensor. */
    public int[] ints() {
        requireType("ints()", UINT8, INT8, INT32);
        ByteBuffer in = data();
        int[] out = new int[count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (dataType) {
                case UINT8 -> in.get() & 0xFF;
                case INT8 -> in.get();
                default -> in.getInt();
            };
        }
        return out;
    }

    /**
     * The values of any integer tensor this class decodes: {@link #UINT8}, {@link #INT8},
     * {@link #INT32} or {@link #INT64}.
     */
    public long[] longs() {
        requireType("longs()", UINT8, INT8, INT32, INT64);
        if (dataType != INT64) {
            return Arrays.stream(ints()).asLongStream().toArray();
        }
        long[] out = new long[count()];
        data().asLongBuffer().get(out);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OnnxTensor t && name.equals(t.name) && dataType == t.dataType
                && Arrays.equals(dims, t.dims) && data.equals(t.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, dataType, Arrays.hashCode(dims), data);
    }

    @Override
    public String toString() {
        return "OnnxTensor[" + name + ", " + dataTypeName(dataType) + ", dims=" + Arrays.toString(dims) + "]";
    }

    private void requireType(String accessor, int... allowed) {
        for (int t : allowed) {
            if (dataType == t) {
                return;
            }
        }
        String names = String.join(", ", Arrays.stream(allowed).mapToObj(OnnxTensor::dataTypeName).toList());
        throw new IllegalStateException(accessor + " of tensor " + name + ": its type is " + dataTypeName(dataType)
                + ", not one of " + names);
    }

    /** Element count as an array length; the data size check already bounds it by the byte count. */
    private int count() {
        return Math.toIntExact(elementCount());
    }

    private static long countElements(String name, long[] dims) {
        long n = 1;
        for (long d : dims) {
            try {
                n = Math.multiplyExact(n, d);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("tensor " + name + " has more than 2^63 elements: "
                        + Arrays.toString(dims), e);
            }
        }
        return n;
    }
}
