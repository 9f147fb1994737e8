package io.crbench.model;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.InvalidProtocolBufferException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns an ONNX model, parsed by protobuf-java against ONNX's own schema ({@code onnx.proto}, compiled
 * as {@link ModelProto} in Tribuo's {@code tribuo-util-onnx}), into {@link OnnxModelFile}'s view.
 * protobuf-java owns the wire format (packed or unpacked repeated fields, field order, unknown
 * fields); this class checks what the schema cannot: a tensor's values in the field its data type
 * uses, within that type's range and matching its dims, and no values in an external file.
 */
final class OnnxProtoDecoder {
    private OnnxProtoDecoder() {}

    /** The model serialised in {@code bytes}, read from {@code file}. */
    static OnnxModelFile decode(Path file, byte[] bytes) {
        ModelProto model;
        try {
            model = ModelProto.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw corrupt(file, e.getMessage());
        }
        if (!model.hasGraph()) {
            throw corrupt(file,
                    "no graph (ModelProto field " + ModelProto.GRAPH_FIELD_NUMBER + "); is this an ONNX model?");
        }
        GraphProto graph = model.getGraph();
        List<OnnxTensor> initializers = graph.getInitializerList().stream().map(t -> tensor(file, t)).toList();
        // Before IR version 4 initializers were listed as graph inputs too; they are not feeds.
        Set<String> initializerNames = initializers.stream().map(OnnxTensor::name).collect(Collectors.toSet());
        List<String> feeds = graph.getInputList().stream().map(ValueInfoProto::getName)
                .filter(name -> !initializerNames.contains(name)).toList();
        List<String> outputs = graph.getOutputList().stream().map(ValueInfoProto::getName).toList();
        List<OnnxNode> nodes = graph.getNodeList().stream().map(n -> node(file, n)).toList();
        return new OnnxModelFile(file, initializers, nodes, feeds, outputs);
    }

    private static OnnxNode node(Path file, NodeProto node) {
        List<OnnxAttribute> attributes = node.getAttributeList().stream().map(a -> attribute(file, a)).toList();
        return new OnnxNode(node.getName(), node.getOpType(), node.getDomain(), node.getInputList(),
                node.getOutputList(), attributes);
    }

    private static OnnxAttribute attribute(Path file, AttributeProto a) {
        Optional<OnnxTensor> t = a.hasT() ? Optional.of(tensor(file, a.getT())) : Optional.empty();
        return new OnnxAttribute(a.getName(), a.getType().getNumber(), a.getF(), a.getI(), a.getS().toStringUtf8(), t,
                a.getFloatsList(), a.getIntsList());
    }

    private static OnnxTensor tensor(Path file, TensorProto t) {
        String name = t.getName();
        if (t.getDataLocation() == TensorProto.DataLocation.EXTERNAL) {
            throw new ModelLoadException("ONNX file " + file + ": tensor " + name
                    + " keeps its values in an external data file, which OnnxModelFile does not read");
        }
        int dataType = t.getDataType();
        Set<Integer> typedFields = typedFieldsWithValues(t);
        byte[] data;
        if (t.hasRawData()) {
            if (!typedFields.isEmpty()) {
                throw corrupt(file, "tensor " + name + " has both raw_data and typed data fields " + typedFields);
            }
            data = t.getRawData().toByteArray();
        } else {
            int expectedField = typedField(dataType);
            typedFields.remove(expectedField);
            if (!typedFields.isEmpty()) {
                throw corrupt(file, "tensor " + name + " of type " + OnnxTensor.dataTypeName(dataType)
                        + " has values in fields " + typedFields + ", which do not belong to that type");
            }
            data = switch (expectedField) {
                case TensorProto.FLOAT_DATA_FIELD_NUMBER -> floats(t.getFloatDataList());
                case TensorProto.DOUBLE_DATA_FIELD_NUMBER -> doubles(t.getDoubleDataList());
                case TensorProto.INT64_DATA_FIELD_NUMBER -> integers(file, name, dataType,
                        t.getInt64DataList().stream().mapToLong(Long::longValue).toArray());
                case TensorProto.INT32_DATA_FIELD_NUMBER -> integers(file, name, dataType,
                        t.getInt32DataList().stream().mapToLong(Integer::longValue).toArray());
                default -> new byte[0];
            };
        }
        try {
            return new OnnxTensor(name, dataType, t.getDimsList().stream().mapToLong(Long::longValue).toArray(),
                    ByteBuffer.wrap(data));
        } catch (IllegalArgumentException e) {
            throw corrupt(file, e.getMessage());
        }
    }

    /** The numbers of the typed value fields that hold at least one value. */
    private static Set<Integer> typedFieldsWithValues(TensorProto t) {
        Set<Integer> fields = new TreeSet<>();
        if (t.getFloatDataCount() > 0) {
            fields.add(TensorProto.FLOAT_DATA_FIELD_NUMBER);
        }
        if (t.getInt32DataCount() > 0) {
            fields.add(TensorProto.INT32_DATA_FIELD_NUMBER);
        }
        if (t.getInt64DataCount() > 0) {
            fields.add(TensorProto.INT64_DATA_FIELD_NUMBER);
        }
        if (t.getDoubleDataCount() > 0) {
            fields.add(TensorProto.DOUBLE_DATA_FIELD_NUMBER);
        }
        return fields;
    }

    /** The typed field that holds values of {@code dataType} when raw_data is absent; 0 if not decoded. */
    private static int typedField(int dataType) {
        return switch (dataType) {
            case OnnxTensor.FLOAT -> TensorProto.FLOAT_DATA_FIELD_NUMBER;
            case OnnxTensor.DOUBLE -> TensorProto.DOUBLE_DATA_FIELD_NUMBER;
            case OnnxTensor.INT64 -> TensorProto.INT64_DATA_FIELD_NUMBER;
            case OnnxTensor.INT32, OnnxTensor.INT8, OnnxTensor.UINT8 -> TensorProto.INT32_DATA_FIELD_NUMBER;
            default -> 0;
        };
    }

    private static byte[] floats(List<Float> values) {
        ByteBuffer out = littleEndian(values.size() * Float.BYTES);
        values.forEach(out::putFloat);
        return out.array();
    }

    private static byte[] doubles(List<Double> values) {
        ByteBuffer out = littleEndian(values.size() * Double.BYTES);
        values.forEach(out::putDouble);
        return out.array();
    }

    /** Integer values in raw_data layout: 1, 4 or 8 bytes each; an out-of-range value is corrupt. */
    private static byte[] integers(Path file, String name, int dataType, long[] values) {
        int size = OnnxTensor.elementSize(dataType);
        long min = switch (dataType) {
            case OnnxTensor.UINT8 -> 0;
            case OnnxTensor.INT8 -> Byte.MIN_VALUE;
            case OnnxTensor.INT32 -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
        long max = switch (dataType) {
            case OnnxTensor.UINT8 -> 255;
            case OnnxTensor.INT8 -> Byte.MAX_VALUE;
            case OnnxTensor.INT32 -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
        ByteBuffer out = littleEndian(values.length * size);
        for (long value : values) {
            if (value < min || value > max) {
                throw corrupt(file, "tensor " + name + " of type " + OnnxTensor.dataTypeName(dataType)
                        + " holds out-of-range value " + value);
            }
            switch (size) {
                case 1 -> out.put((byte) value);
                case 4 -> out.putInt((int) value);
                default -> out.putLong(value);
            }
        }
        return out.array();
    }

    private static ByteBuffer littleEndian(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static ModelLoadException corrupt(Path file, String problem) {
        return new ModelLoadException("corrupt ONNX file " + file + ": " + problem);
    }
}
