package io.crbench.model;

import static io.crbench.model.ProtobufReader.FIXED32;
import static io.crbench.model.ProtobufReader.FIXED64;
import static io.crbench.model.ProtobufReader.LENGTH_DELIMITED;
import static io.crbench.model.ProtobufReader.VARINT;
import static io.crbench.model.ProtobufReader.fieldNumber;
import static io.crbench.model.ProtobufReader.wireType;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.LongStream;

/**
 * Decodes the subset of ONNX's protobuf schema ({@code onnx.proto}) that {@link OnnxModelFile}
 * exposes; every other field is skipped. Repeated scalars are accepted packed or not, as the
 * protobuf spec requires of parsers, and a message field seen twice is merged (repeated fields
 * concatenate), so any valid encoding of the same model decodes the same way.
 */
final class OnnxProtoDecoder {
    private static final int MODEL_GRAPH = 7;

    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_INPUT = 11;
    private static final int GRAPH_OUTPUT = 12;

    private static final int VALUE_INFO_NAME = 1;

    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int NODE_NAME = 3;
    private static final int NODE_OP_TYPE = 4;
    private static final int NODE_ATTRIBUTE = 5;
    private static final int NODE_DOMAIN = 7;

    private static final int ATTRIBUTE_NAME = 1;
    private static final int ATTRIBUTE_F = 2;
    private static final int ATTRIBUTE_I = 3;
    private static final int ATTRIBUTE_S = 4;
    private static final int ATTRIBUTE_T = 5;
    private static final int ATTRIBUTE_FLOATS = 7;
    private static final int ATTRIBUTE_INTS = 8;
    private static final int ATTRIBUTE_TYPE = 20;

    private static final int TENSOR_DIMS = 1;
    private static final int TENSOR_DATA_TYPE = 2;
    private static final int TENSOR_FLOAT_DATA = 4;
    private static final int TENSOR_INT32_DATA = 5;
    private static final int TENSOR_INT64_DATA = 7;
    private static final int TENSOR_NAME = 8;
    private static final int TENSOR_RAW_DATA = 9;
    private static final int TENSOR_DOUBLE_DATA = 10;
    private static final int TENSOR_DATA_LOCATION = 14;
    /** {@code TensorProto.DataLocation.EXTERNAL}: the values live in a separate file. */
    private static final int LOCATION_EXTERNAL = 1;

    private final Path file;
    private final List<OnnxTensor> initializers = new ArrayList<>();
    private final List<OnnxNode> nodes = new ArrayList<>();
    private final List<String> inputs = new ArrayList<>();
    private final List<String> outputs = new ArrayList<>();

    private OnnxProtoDecoder(Path file) {
        this.file = file;
    }

    /** The model serialised in {@code bytes}, read from {@code file}. */
    static OnnxModelFile decode(Path file, byte[] bytes) {
        return new OnnxProtoDecoder(file).model(new ProtobufReader(bytes, file.toString()));
    }

    private OnnxModelFile model(ProtobufReader r) {
        boolean hasGraph = false;
        while (r.hasMore()) {
            int tag = r.readTag();
            if (fieldNumber(tag) == MODEL_GRAPH) {
                graph(message(r, tag, "ModelProto.graph"));
                hasGraph = true;
            } else {
                r.skipField(tag);
            }
        }
        if (!hasGraph) {
            throw r.corrupt(0, "no graph (ModelProto field " + MODEL_GRAPH + "); is this an ONNX model?");
        }
        // Before IR version 4 initializers were listed as graph inputs too; they are not feeds.
        Set<String> initializerNames = new HashSet<>();
        initializers.forEach(t -> initializerNames.add(t.name()));
        List<String> feeds = inputs.stream().filter(name -> !initializerNames.contains(name)).toList();
        return new OnnxModelFile(file, initializers, nodes, feeds, outputs);
    }

    private void graph(ProtobufReader r) {
        while (r.hasMore()) {
            int tag = r.readTag();
            switch (fieldNumber(tag)) {
                case GRAPH_NODE -> nodes.add(node(message(r, tag, "GraphProto.node")));
                case GRAPH_INITIALIZER -> initializers.add(tensor(message(r, tag, "GraphProto.initializer")));
                case GRAPH_INPUT -> inputs.add(valueInfoName(message(r, tag, "GraphProto.input")));
                case GRAPH_OUTPUT -> outputs.add(valueInfoName(message(r, tag, "GraphProto.output")));
                default -> r.skipField(tag);
            }
        }
    }

    private static String valueInfoName(ProtobufReader r) {
        String name = "";
        while (r.hasMore()) {
            int tag = r.readTag();
            if (fieldNumber(tag) == VALUE_INFO_NAME) {
                name = string(r, tag, "ValueInfoProto.name");
            } else {
                r.skipField(tag);
            }
        }
        return name;
    }

    private OnnxNode node(ProtobufReader r) {
        String name = "";
        String opType = "";
        String domain = "";
        List<String> nodeInputs = new ArrayList<>();
        List<String> nodeOutputs = new ArrayList<>();
        List<OnnxAttribute> attributes = new ArrayList<>();
        while (r.hasMore()) {
            int tag = r.readTag();
            switch (fieldNumber(tag)) {
                case NODE_INPUT -> nodeInputs.add(string(r, tag, "NodeProto.input"));
                case NODE_OUTPUT -> nodeOutputs.add(string(r, tag, "NodeProto.output"));
                case NODE_NAME -> name = string(r, tag, "NodeProto.name");
                case NODE_OP_TYPE -> opType = string(r, tag, "NodeProto.op_type");
                case NODE_ATTRIBUTE -> attributes.add(attribute(message(r, tag, "NodeProto.attribute")));
                case NODE_DOMAIN -> domain = string(r, tag, "NodeProto.domain");
                default -> r.skipField(tag);
            }
        }
        return new OnnxNode(name, opType, domain, nodeInputs, nodeOutputs, attributes);
    }

    private OnnxAttribute attribute(ProtobufReader r) {
        String name = "";
        int type = 0;
        float f = 0;
        long i = 0;
        String s = "";
        Optional<OnnxTensor> t = Optional.empty();
        ByteArrayOutputStream floats = new ByteArrayOutputStream();
        LongStream.Builder ints = LongStream.builder();
        while (r.hasMore()) {
            int tag = r.readTag();
            switch (fieldNumber(tag)) {
                case ATTRIBUTE_NAME -> name = string(r, tag, "AttributeProto.name");
                case ATTRIBUTE_TYPE -> type = (int) varint(r, tag, "AttributeProto.type");
                case ATTRIBUTE_F -> {
                    r.requireWireType(tag, FIXED32, "AttributeProto.f");
                    f = Float.intBitsToFloat(r.readFixed32());
                }
                case ATTRIBUTE_I -> i = varint(r, tag, "AttributeProto.i");
                case ATTRIBUTE_S -> s = string(r, tag, "AttributeProto.s");
                case ATTRIBUTE_T -> t = Optional.of(tensor(message(r, tag, "AttributeProto.t")));
                case ATTRIBUTE_FLOATS -> fixedWidth(r, tag, 4, "AttributeProto.floats", floats);
                case ATTRIBUTE_INTS -> varints(r, tag, "AttributeProto.ints", ints);
                default -> r.skipField(tag);
            }
        }
        List<Float> floatList = new ArrayList<>();
        ByteBuffer floatBytes = littleEndian(floats.toByteArray());
        while (floatBytes.hasRemaining()) {
            floatList.add(floatBytes.getFloat());
        }
        return new OnnxAttribute(name, type, f, i, s, t, floatList, ints.build().boxed().toList());
    }

    private OnnxTensor tensor(ProtobufReader r) {
        int start = r.position();
        String name = "";
        int dataType = 0;
        LongStream.Builder dims = LongStream.builder();
        byte[] raw = null;
        long location = 0;
        // Typed values gathered as little-endian bytes (floats, doubles) or longs (varints) until
        // data_type is known, since protobuf fields may come in any order.
        ByteArrayOutputStream floatData = new ByteArrayOutputStream();
        ByteArrayOutputStream doubleData = new ByteArrayOutputStream();
        LongStream.Builder int32Data = LongStream.builder();
        LongStream.Builder int64Data = LongStream.builder();
        Set<Integer> typedFields = new HashSet<>();
        while (r.hasMore()) {
            int tag = r.readTag();
            int field = fieldNumber(tag);
            switch (field) {
                case TENSOR_DIMS -> varints(r, tag, "TensorProto.dims", dims);
                case TENSOR_DATA_TYPE -> dataType = (int) varint(r, tag, "TensorProto.data_type");
                case TENSOR_NAME -> name = string(r, tag, "TensorProto.name");
                case TENSOR_RAW_DATA -> {
                    r.requireWireType(tag, LENGTH_DELIMITED, "TensorProto.raw_data");
                    raw = r.readBytes();
                }
                case TENSOR_DATA_LOCATION -> location = varint(r, tag, "TensorProto.data_location");
                case TENSOR_FLOAT_DATA -> fixedWidth(r, tag, 4, "TensorProto.float_data", floatData);
                case TENSOR_DOUBLE_DATA -> fixedWidth(r, tag, 8, "TensorProto.double_data", doubleData);
                case TENSOR_INT32_DATA -> varints(r, tag, "TensorProto.int32_data", int32Data);
                case TENSOR_INT64_DATA -> varints(r, tag, "TensorProto.int64_data", int64Data);
                default -> r.skipField(tag);
            }
            if (field == TENSOR_FLOAT_DATA || field == TENSOR_DOUBLE_DATA || field == TENSOR_INT32_DATA
                    || field == TENSOR_INT64_DATA) {
                typedFields.add(field);
            }
        }
        if (location == LOCATION_EXTERNAL) {
            throw new ModelLoadException("ONNX file " + file + ": tensor " + name
                    + " keeps its values in an external data file, which OnnxModelFile does not read");
        }
        byte[] data;
        if (raw != null) {
            if (!typedFields.isEmpty()) {
                throw r.corrupt(start, "tensor " + name + " has both raw_data and typed data fields " + typedFields);
            }
            data = raw;
        } else {
            int expectedField = typedField(dataType);
            typedFields.remove(expectedField);
            if (!typedFields.isEmpty()) {
                throw r.corrupt(start, "tensor " + name + " of type " + OnnxTensor.dataTypeName(dataType)
                        + " has values in fields " + typedFields + ", which do not belong to that type");
            }
            data = switch (expectedField) {
                case TENSOR_FLOAT_DATA -> floatData.toByteArray();
                case TENSOR_DOUBLE_DATA -> doubleData.toByteArray();
                case TENSOR_INT64_DATA -> integers(r, start, name, dataType, int64Data.build().toArray());
                case TENSOR_INT32_DATA -> integers(r, start, name, dataType, int32Data.build().toArray());
                default -> new byte[0];
            };
        }
        try {
            return new OnnxTensor(name, dataType, dims.build().toArray(), ByteBuffer.wrap(data));
        } catch (IllegalArgumentException e) {
            throw r.corrupt(start, e.getMessage());
        }
    }

    /** The typed field that holds values of {@code dataType} when raw_data is absent; 0 if not decoded. */
    private static int typedField(int dataType) {
        return switch (dataType) {
            case OnnxTensor.FLOAT -> TENSOR_FLOAT_DATA;
            case OnnxTensor.DOUBLE -> TENSOR_DOUBLE_DATA;
            case OnnxTensor.INT64 -> TENSOR_INT64_DATA;
            case OnnxTensor.INT32, OnnxTensor.INT8, OnnxTensor.UINT8 -> TENSOR_INT32_DATA;
            default -> 0;
        };
    }

    /** Integer values in raw_data layout: 1, 4 or 8 bytes each; an out-of-range value is corrupt. */
    private static byte[] integers(ProtobufReader r, int start, String name, int dataType, long[] values) {
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
        ByteBuffer out = ByteBuffer.allocate(values.length * size).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : values) {
            // int32_data holds int32 varints, so a negative value arrives sign-extended to 64 bits.
            long value = size == 8 ? v : (int) v;
            if (value < min || value > max) {
                throw r.corrupt(start, "tensor " + name + " of type " + OnnxTensor.dataTypeName(dataType)
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

    private static ProtobufReader message(ProtobufReader r, int tag, String what) {
        r.requireWireType(tag, LENGTH_DELIMITED, what);
        return r.readMessage();
    }

    private static String string(ProtobufReader r, int tag, String what) {
        r.requireWireType(tag, LENGTH_DELIMITED, what);
        return r.readString();
    }

    private static long varint(ProtobufReader r, int tag, String what) {
        r.requireWireType(tag, VARINT, what);
        return r.readVarint();
    }

    /** One occurrence of a repeated varint field, packed or not. */
    private static void varints(ProtobufReader r, int tag, String what, LongConsumer sink) {
        if (wireType(tag) == LENGTH_DELIMITED) {
            ProtobufReader packed = r.readMessage();
            while (packed.hasMore()) {
                sink.accept(packed.readVarint());
            }
        } else {
            sink.accept(varint(r, tag, what));
        }
    }

    /** One occurrence of a repeated 4- or 8-byte field, packed or not, appended as little-endian bytes. */
    private static void fixedWidth(ProtobufReader r, int tag, int width, String what, ByteArrayOutputStream sink) {
        if (wireType(tag) == LENGTH_DELIMITED) {
            int at = r.position();
            byte[] packed = r.readBytes();
            if (packed.length % width != 0) {
                throw r.corrupt(at, "packed " + what + " of " + packed.length + " bytes is not a multiple of " + width);
            }
            sink.writeBytes(packed);
        } else if (width == 4) {
            r.requireWireType(tag, FIXED32, what);
            sink.writeBytes(littleEndian(new byte[4]).putInt(r.readFixed32()).array());
        } else {
            r.requireWireType(tag, FIXED64, what);
            sink.writeBytes(littleEndian(new byte[8]).putLong(r.readFixed64()).array());
        }
    }

    private static ByteBuffer littleEndian(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
