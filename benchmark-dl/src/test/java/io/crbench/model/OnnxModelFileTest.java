package io.crbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.AttributeProto.AttributeType;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import com.google.protobuf.UnknownFieldSet;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link OnnxModelFile} on small models built with ONNX's schema, valid and broken. */
class OnnxModelFileTest {
    @TempDir
    Path dir;

    @Test
    void decodesInitializersFromRawAndTypedFieldsPackedOrNot() throws IOException {
        OnnxModelFile model = OnnxModelFile.read(write(sampleModel(false)));

        assertThat(model.initializers()).extracting(OnnxTensor::name).containsExactly("w", "x_scale", "w_scale", "w_q",
                "x_zero_point", "w_zero_point", "bias", "shape", "scalar_shape", "mean", "half");
        OnnxTensor w = initializer(model, "w");
        assertThat(w.dataType()).isEqualTo(OnnxTensor.FLOAT);
        assertThat(w.dims()).containsExactly(2, 2);
        assertThat(w.floats()).containsExactly(1.5f, -2f, 0f, 3.25f);
        assertThat(w.doubles()).containsExactly(1.5, -2, 0, 3.25);
        assertThat(initializer(model, "x_scale").dims()).isEmpty();
        assertThat(initializer(model, "x_scale").elementCount()).isEqualTo(1);
        assertThat(initializer(model, "x_scale").floats()).containsExactly(0.0125f);
        assertThat(initializer(model, "w_scale").floats()).containsExactly(0.5f, 0.25f, 0.125f);
        assertThat(initializer(model, "w_q").ints()).containsExactly(-128, -1, 0, 127);
        assertThat(initializer(model, "x_zero_point").ints()).containsExactly(0, 200);
        assertThat(initializer(model, "x_zero_point").longs()).containsExactly(0L, 200L);
        assertThat(initializer(model, "w_zero_point").ints()).containsExactly(-3, 5);
        assertThat(initializer(model, "bias").ints()).containsExactly(-7, 1_000_000);
        assertThat(initializer(model, "shape").longs()).containsExactly(-1L, 1000L, Long.MIN_VALUE);
        assertThat(initializer(model, "scalar_shape").longs()).containsExactly(42L);
        assertThat(initializer(model, "mean").doubles()).containsExactly(0.1, -0.2);
    }

    @Test
    void typesItDoesNotDecodeKeepTheirRawBytesButRefuseTypedAccess() throws IOException {
        OnnxTensor half = initializer(OnnxModelFile.read(write(sampleModel(false))), "half");

        assertThat(half.dataType()).isEqualTo(10);
        assertThat(half.elementCount()).isEqualTo(1);
        assertThat(half.data().remaining()).isEqualTo(2);
        assertThatThrownBy(half::floats).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("half").hasMessageContaining("FLOAT16");
    }

    @Test
    void accessorsRefuseTheWrongType() throws IOException {
        OnnxModelFile model = OnnxModelFile.read(write(sampleModel(false)));

        assertThatThrownBy(() -> initializer(model, "w_q").floats()).isInstanceOf(IllegalStateException.class)
                .hasMessage("floats() of tensor w_q: its type is INT8, not one of FLOAT");
        assertThatThrownBy(() -> initializer(model, "shape").ints()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("INT64");
        assertThatThrownBy(() -> initializer(model, "w").longs()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void parameterCountIsTheSumOfInitializerElementCounts() throws IOException {
        OnnxModelFile model = OnnxModelFile.read(write(sampleModel(false)));

        // w 4, x_scale 1, w_scale 3, w_q 4, x_zero_point 2, w_zero_point 2, bias 2, shape 3,
        // scalar_shape 1, mean 2, half 1
        assertThat(model.parameterCount()).isEqualTo(25);
    }

    @Test
    void readsFeedsOutputsAndNodesWithAttributes() throws IOException {
        OnnxModelFile model = OnnxModelFile.read(write(sampleModel(false)));

        // "w" is listed as a graph input too, as pre-IR-4 files do, but it is an initializer.
        assertThat(model.inputNames()).containsExactly("x");
        assertThat(model.outputNames()).containsExactly("y");
        assertThat(model.nodes()).hasSize(2);
        OnnxNode conv = model.nodes().get(0);
        assertThat(conv.name()).isEqualTo("conv0");
        assertThat(conv.opType()).isEqualTo("QLinearConv");
        assertThat(conv.domain()).isEmpty();
        assertThat(conv.inputs()).containsExactly("x", "x_scale", "x_zero_point", "w_q", "w_scale", "w_zero_point",
                "y_scale", "y_zero_point", "");
        assertThat(conv.outputs()).containsExactly("y");
        assertThat(conv.attribute("group").orElseThrow().i()).isEqualTo(1);
        assertThat(conv.attribute("group").orElseThrow().type()).isEqualTo(OnnxAttribute.INT);
        assertThat(conv.attribute("kernel_shape").orElseThrow().ints()).containsExactly(3L, 3L);
        assertThat(conv.attribute("strides").orElseThrow().ints()).containsExactly(2L, 2L);
        assertThat(conv.attribute("alpha").orElseThrow().f()).isEqualTo(0.5f);
        assertThat(conv.attribute("auto_pad").orElseThrow().s()).isEqualTo("NOTSET");
        assertThat(conv.attribute("coefficients").orElseThrow().floats()).containsExactly(1f, -0.5f);
        assertThat(conv.attribute("missing")).isEmpty();
        OnnxNode pool = model.nodes().get(1);
        assertThat(pool.domain()).isEqualTo("com.microsoft");
        OnnxTensor value = pool.attribute("value").orElseThrow().t().orElseThrow();
        assertThat(value.ints()).containsExactly(7);
        assertThat(model.initializer("bias")).contains(initializer(model, "bias"));
        assertThat(model.initializer("nope")).isEmpty();
    }

    @Test
    void fieldsUnknownToTheSchemaAreSkipped() throws IOException {
        OnnxModelFile plain = OnnxModelFile.read(write(sampleModel(false)));
        OnnxModelFile padded = OnnxModelFile.read(write(sampleModel(true)));

        assertThat(padded.initializers()).isEqualTo(plain.initializers());
        assertThat(padded.nodes()).isEqualTo(plain.nodes());
        assertThat(padded.inputNames()).isEqualTo(plain.inputNames());
        assertThat(padded.outputNames()).isEqualTo(plain.outputNames());
    }

    @Test
    void everyTruncationIsAnErrorNamingTheFile() throws IOException {
        byte[] bytes = sampleModel(false);
        Path file = dir.resolve("cut.onnx");
        // The model's only top-level field is the graph, so every proper prefix cuts into it.
        for (int length = 0; length < bytes.length; length++) {
            Files.write(file, Arrays.copyOf(bytes, length));
            assertThatThrownBy(() -> OnnxModelFile.read(file)).as("prefix of %d bytes", length)
                    .isInstanceOf(ModelLoadException.class).hasMessageContaining(file.toString());
        }
    }

    @Test
    void corruptedBytesGiveModelLoadExceptionsOnly() throws IOException {
        byte[] original = sampleModel(true);
        SplittableRandom random = new SplittableRandom(11);
        Path file = dir.resolve("mutant.onnx");
        for (int trial = 0; trial < 1000; trial++) {
            byte[] mutant = original.clone();
            for (int k = 0; k <= trial % 3; k++) {
                mutant[random.nextInt(mutant.length)] = (byte) random.nextInt(256);
            }
            Files.write(file, mutant);
            Throwable thrown = catchThrowable(() -> OnnxModelFile.read(file));
            if (thrown != null) {
                assertThat(thrown).as("trial %d", trial).isInstanceOf(ModelLoadException.class)
                        .hasMessageContaining(file.toString());
            }
        }
    }

    @Test
    void malformedWireDataIsReportedAsCorrupt() throws IOException {
        assertCorrupt(new byte[] {0x08, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1}, "malformed varint");
        assertCorrupt(new byte[] {0x0F}, "invalid wire type");
        assertCorrupt(new byte[] {0x00}, "invalid tag");
        // The graph field (7, length-delimited) announcing 5 bytes where 1 follows.
        assertCorrupt(new byte[] {0x3A, 0x05, 0x0A}, "ended unexpectedly");
        // ir_version alone: a valid message, but no graph.
        assertCorrupt(ModelProto.newBuilder().setIrVersion(7).build().toByteArray(), "no graph");
    }

    @Test
    void inconsistentTensorsAreCorrupt() throws IOException {
        assertCorrupt(modelWith(tensor("w", OnnxTensor.FLOAT, 2).setRawData(ByteString.copyFrom(new byte[4]))),
                "tensor w of type FLOAT and dims [2] needs 2 elements of 4 bytes, has 4 bytes");
        assertCorrupt(modelWith(tensor("w", OnnxTensor.FLOAT, 1).setRawData(ByteString.copyFrom(new byte[4]))
                .addFloatData(1f)), "tensor w has both raw_data and typed data fields [4]");
        assertCorrupt(modelWith(tensor("zp", OnnxTensor.UINT8, 1).addInt32Data(300)),
                "tensor zp of type UINT8 holds out-of-range value 300");
        assertCorrupt(modelWith(tensor("q", OnnxTensor.INT8, 1).addInt32Data(-129)),
                "tensor q of type INT8 holds out-of-range value -129");
        assertCorrupt(modelWith(tensor("s", OnnxTensor.INT64, 1).addFloatData(1f)),
                "tensor s of type INT64 has values in fields [4], which do not belong to that type");
        assertCorrupt(modelWith(tensor("f", OnnxTensor.FLOAT, -1)), "tensor f has a negative dimension");
    }

    @Test
    void externalDataIsRefusedRatherThanReadAsEmpty() throws IOException {
        Path file = write(modelWith(tensor("w", OnnxTensor.FLOAT, 1000)
                .setDataLocation(TensorProto.DataLocation.EXTERNAL)));

        assertThatThrownBy(() -> OnnxModelFile.read(file)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("tensor w keeps its values in an external");
    }

    @Test
    void aMissingFileIsAClearError() {
        Path missing = dir.resolve("absent.onnx");

        assertThatThrownBy(() -> OnnxModelFile.read(missing)).isInstanceOf(ModelLoadException.class)
                .hasMessage("ONNX file not found: " + missing);
    }

    @Test
    void tensorsCheckTheirDataAgainstTheirDims() {
        assertThatThrownBy(() -> new OnnxTensor("t", OnnxTensor.INT32, new long[] {3}, ByteBuffer.allocate(8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 3 elements of 4 bytes");
        assertThatThrownBy(() -> new OnnxTensor("t", OnnxTensor.INT8, new long[] {-1}, ByteBuffer.allocate(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative dimension");
        assertThatThrownBy(() -> new OnnxTensor("t", 10, new long[] {Long.MAX_VALUE, 2}, ByteBuffer.allocate(0))
                .elementCount()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2^63");
        long[] dims = {2};
        OnnxTensor t = new OnnxTensor("t", OnnxTensor.UINT8, dims, ByteBuffer.wrap(new byte[] {1, (byte) 255}));
        dims[0] = 5;
        assertThat(t.dims()).containsExactly(2);
        assertThat(t.ints()).containsExactly(1, 255);
        assertThat(t).isEqualTo(new OnnxTensor("t", OnnxTensor.UINT8, new long[] {2},
                ByteBuffer.wrap(new byte[] {1, (byte) 255})));
        assertThat(t).hasToString("OnnxTensor[t, UINT8, dims=[2]]");
        assertThat(OnnxTensor.dataTypeName(99)).isEqualTo("type 99");
    }

    private void assertCorrupt(byte[] bytes, String expected) throws IOException {
        Path file = write(bytes);
        assertThatThrownBy(() -> OnnxModelFile.read(file)).isInstanceOf(ModelLoadException.class)
                .hasMessageStartingWith("corrupt ONNX file " + file + ": ").hasMessageContaining(expected);
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = dir.resolve("tiny.onnx");
        Files.write(file, bytes);
        return file;
    }

    private static OnnxTensor initializer(OnnxModelFile model, String name) {
        return model.initializer(name).orElseThrow();
    }

    /** A model whose graph holds only {@code tensor} as initializer. */
    private static byte[] modelWith(TensorProto.Builder tensor) {
        return ModelProto.newBuilder().setGraph(GraphProto.newBuilder().addInitializer(tensor)).build().toByteArray();
    }

    /** A TensorProto start: name, data type and dims. */
    private static TensorProto.Builder tensor(String name, int dataType, long... dims) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(dataType);
        for (long d : dims) {
            t.addDims(d);
        }
        return t;
    }

    private static AttributeProto.Builder attribute(String name, AttributeProto.AttributeType type) {
        return AttributeProto.newBuilder().setName(name).setType(type);
    }

    private static ValueInfoProto.Builder valueInfo(String name) {
        return ValueInfoProto.newBuilder().setName(name);
    }

    /**
     * A small quantised-convolution model covering every value field the reader accepts. With
     * {@code unknownFields}, every message also carries fields of each wire type that ONNX does not
     * define (as a file from a newer ONNX version might), which must not change what is read.
     */
    private static byte[] sampleModel(boolean unknownFields) {
        ByteBuffer w = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putFloat(1.5f).putFloat(-2f).putFloat(0f)
                .putFloat(3.25f);
        List<TensorProto.Builder> tensors = List.of(
                tensor("w", OnnxTensor.FLOAT, 2, 2).setRawData(ByteString.copyFrom(w.array())),
                tensor("x_scale", OnnxTensor.FLOAT).addFloatData(0.0125f),
                tensor("w_scale", OnnxTensor.FLOAT, 3).addAllFloatData(List.of(0.5f, 0.25f, 0.125f)),
                tensor("w_q", OnnxTensor.INT8, 4).setRawData(ByteString.copyFrom(new byte[] {-128, -1, 0, 127})),
                tensor("x_zero_point", OnnxTensor.UINT8, 2).addInt32Data(0).addInt32Data(200),
                tensor("w_zero_point", OnnxTensor.INT8, 2).addAllInt32Data(List.of(-3, 5)),
                tensor("bias", OnnxTensor.INT32, 2).addAllInt32Data(List.of(-7, 1_000_000)),
                tensor("shape", OnnxTensor.INT64, 3).addAllInt64Data(List.of(-1L, 1000L, Long.MIN_VALUE)),
                tensor("scalar_shape", OnnxTensor.INT64).addInt64Data(42),
                tensor("mean", OnnxTensor.DOUBLE, 2).addDoubleData(0.1).addDoubleData(-0.2),
                tensor("half", 10, 1).setRawData(ByteString.copyFrom(new byte[] {0, 0x3C})));
        GraphProto.Builder graph = GraphProto.newBuilder();
        for (TensorProto.Builder t : tensors) {
            graph.addInitializer(pad(t, unknownFields));
        }
        // "w" is listed as a graph input too, as pre-IR-4 files do.
        graph.addInput(pad(valueInfo("x"), unknownFields)).addInput(valueInfo("w")).addOutput(valueInfo("y"));
        NodeProto.Builder conv = NodeProto.newBuilder().addAllInput(List.of("x", "x_scale", "x_zero_point", "w_q",
                "w_scale", "w_zero_point", "y_scale", "y_zero_point", "")).addOutput("y").setName("conv0")
                .setOpType("QLinearConv")
                .addAttribute(pad(attribute("group", AttributeType.INT).setI(1), unknownFields))
                .addAttribute(attribute("kernel_shape", AttributeType.INTS).addAllInts(List.of(3L, 3L)))
                .addAttribute(attribute("strides", AttributeType.INTS).addInts(2).addInts(2))
                .addAttribute(attribute("alpha", AttributeType.FLOAT).setF(0.5f))
                .addAttribute(attribute("auto_pad", AttributeType.STRING).setS(ByteString.copyFromUtf8("NOTSET")))
                .addAttribute(attribute("coefficients", AttributeType.FLOATS).addFloats(1f).addFloats(-0.5f));
        graph.addNode(pad(conv, unknownFields));
        graph.addNode(NodeProto.newBuilder().addInput("y").addOutput("z").setOpType("QLinearGlobalAveragePool")
                .setDomain("com.microsoft").addAttribute(attribute("value", AttributeType.TENSOR)
                        .setT(tensor("", OnnxTensor.INT32).addInt32Data(7))));
        ModelProto.Builder model = ModelProto.newBuilder();
        if (unknownFields) {
            // ir_version and opset_import: real ModelProto fields this reader has no use for.
            model.setIrVersion(7).addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(12));
        }
        model.setGraph(pad(graph, unknownFields));
        return pad(model, unknownFields).build().toByteArray();
    }

    /** {@code message} with, if asked, fields 900..904 of every wire type, a group among them. */
    private static <B extends Message.Builder> B pad(B message, boolean unknownFields) {
        if (unknownFields) {
            UnknownFieldSet inner = UnknownFieldSet.newBuilder()
                    .addField(1, UnknownFieldSet.Field.newBuilder().addVarint(5).build())
                    .addField(4, UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFromUtf8("deep"))
                            .build())
                    .build();
            message.setUnknownFields(UnknownFieldSet.newBuilder()
                    .addField(900, UnknownFieldSet.Field.newBuilder().addVarint(-1).build())
                    .addField(901, UnknownFieldSet.Field.newBuilder().addFixed64(0x1234_5678_9ABCL).build())
                    .addField(902, UnknownFieldSet.Field.newBuilder().addLengthDelimited(
                            ByteString.copyFromUtf8("ignored")).build())
                    .addField(903, UnknownFieldSet.Field.newBuilder().addFixed32(77).build())
                    .addField(904, UnknownFieldSet.Field.newBuilder().addGroup(inner).build())
                    .build());
        }
        return message;
    }
}
