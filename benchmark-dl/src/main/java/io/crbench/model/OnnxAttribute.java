package io.crbench.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One attribute of an ONNX node, e.g. {@code group} or {@code kernel_shape} of a QLinearConv. Only
 * the value fields of its {@link #type()} are meaningful; the others hold their protobuf defaults
 * (0, empty). Graph-, string-list- and tensor-list-valued attributes keep their type but not their
 * values, which nothing in crbench reads.
 *
 * @param name attribute name
 * @param type ONNX {@code AttributeProto.AttributeType} code, e.g. {@link #INTS}
 * @param f value of a {@link #FLOAT} attribute
 * @param i value of an {@link #INT} attribute
 * @param s value of a {@link #STRING} attribute, decoded as UTF-8
 * @param t value of a {@link #TENSOR} attribute
 * @param floats values of a {@link #FLOATS} attribute
 * @param ints values of an {@link #INTS} attribute
 */
public record OnnxAttribute(String name, int type, float f, long i, String s, Optional<OnnxTensor> t,
        List<Float> floats, List<Long> ints) {
    public static final int FLOAT = 1;
    public static final int INT = 2;
    public static final int STRING = 3;
    public static final int TENSOR = 4;
    public static final int FLOATS = 6;
    public static final int INTS = 7;

    /** Copies the lists. */
    public OnnxAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(s, "s");
        Objects.requireNonNull(t, "t");
        floats = List.copyOf(floats);
        ints = List.copyOf(ints);
    }
}
