package io.crbench.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One operator of an ONNX graph. Inputs and outputs are tensor names in the operator's positional
 * order; an omitted optional input is the empty string, as in the file, so positions stay
 * meaningful (QLinearConv's weight scale is always input 4).
 *
 * @param name node name (may be empty)
 * @param opType operator, e.g. {@code QLinearConv}
 * @param domain operator set domain; empty for the default ONNX domain
 * @param inputs input tensor names
 * @param outputs output tensor names
 * @param attributes attributes in file order
 */
public record OnnxNode(String name, String opType, String domain, List<String> inputs, List<String> outputs,
        List<OnnxAttribute> attributes) {
    /** Copies the lists. */
    public OnnxNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opType, "opType");
        Objects.requireNonNull(domain, "domain");
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        attributes = List.copyOf(attributes);
    }

    /** The attribute called {@code attributeName}, if the node has one. */
    public Optional<OnnxAttribute> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
    }
}
