package io.crbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link OnnxModelFile} on hand-encoded models, valid and broken. */
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
    void unknownFieldsOfEveryWireTypeAreSkipped() throws IOException {
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
    void malformedWireDataIsReportedWithItsOffset() throws IOException {
        byte[] overlongVarint = {0x08, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1};
        assertCorrupt(overlongVarint, "varint longer than 10 bytes at byte 1");
        assertCorrupt(new byte[] {0x0F}, "invalid wire type 7 for field 1 at byte 0");
        assertCorrupt(new byte[] {0x00}, "invalid field number 0");
        assertCorrupt(new ProtobufTestEncoder().varint(7, 1).toByteArray(),
                "ModelProto.graph (field 7) has wire type 0, expected 2");
        assertCorrupt(new ProtobufTestEncoder().raw((byte) 0x3A, (byte) 0x05, (byte) 0x0A).toByteArray(),
                "length 5 runs past the end");
        assertCorrupt(new ProtobufTestEncoder().varint(1, 7).toByteArray(), "no graph");
        assertCorrupt(new ProtobufTestEncoder().raw((byte) 0x0C).toByteArray(), "unexpected end-group marker");
        assertCorrupt(new ProtobufTestEncoder().raw((byte) 0x0B, (byte) 0x08, (byte) 0x01).toByteArray(),
                "truncated group of field 1");
        assertCorrupt(new ProtobufTestEncoder().raw((byte) 0x0B, (byte) 0x14).toByteArray(),
                "group of field 1 ended by field 2");
        assertCorrupt(new ProtobufTestEncoder().raw((byte) 0x09, (byte) 0x01).toByteArray(),
                "truncated 64-bit value");
    }

    @Test
    void inconsistentTensorsAreCorrupt() throws IOException {
        assertCorrupt(modelWith(tensor("w", OnnxTensor.FLOAT, 2).bytes(9, new byte[4])),
                "tensor w of type FLOAT and dims [2] needs 2 elements of 4 bytes, has 4 bytes");
        assertCorrupt(modelWith(tensor("w", OnnxTensor.FLOAT, 1).bytes(9, new byte[4]).floatField(4, 1f)),
                "tensor w has both raw_data and typed data fields");
        assertCorrupt(modelWith(tensor("zp", OnnxTensor.UINT8, 1).varint(5, 300)),
                "tensor zp of type UINT8 holds out-of-range value 300");
        assertCorrupt(modelWith(tensor("s", OnnxTensor.INT64, 1).floatField(4, 1f)),
                "tensor s of type INT64 has values in fields [4], which do not belong to that type");
        assertCorrupt(modelWith(tensor("f", OnnxTensor.FLOAT, 1).bytes(4, new byte[5])),
                "packed TensorProto.float_data of 5 bytes is not a multiple of 4");
        assertCorrupt(modelWith(tensor("f", OnnxTensor.FLOAT).varint(1, -1)),
                "tensor f has a negative dimension");
        assertCorrupt(modelWith(tensor("f", OnnxTensor.FLOAT, 1).varint(4, 1)),
                "TensorProto.float_data (field 4) has wire type 0, expected 5");
    }

    @Test
    void externalDataIsRefusedRatherThanReadAsEmpty() throws IOException {
        Path file = write(modelWith(tensor("w", OnnxTensor.FLOAT, 1000).varint(14, 1)));

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
    private static byte[] modelWith(ProtobufTestEncoder tensor) {
        return new ProtobufTestEncoder().message(7, new ProtobufTestEncoder().message(5, tensor)).toByteArray();
    }

    /** A TensorProto start: name, data type and (unpacked) dims. */
    private static ProtobufTestEncoder tensor(String name, int dataType, long... dims) {
        ProtobufTestEncoder t = new ProtobufTestEncoder().string(8, name).varint(2, dataType);
        for (long d : dims) {
            t.varint(1, d);
        }
        return t;
    }

    /**
     * A small quantised-convolution model covering every encoding the reader accepts. With
     * {@code unknownFields}, every message also carries fields of each wire type that ONNX does not
     * define, which must not change what is read.
     */
    private static byte[] sampleModel(boolean unknownFields) {
        ProtobufTestEncoder graph = new ProtobufTestEncoder();
        ByteBuffer w = ProtobufTestEncoder.littleEndian(16).putFloat(1.5f).putFloat(-2f).putFloat(0f).putFloat(3.25f);
        List<ProtobufTestEncoder> tensors = List.of(
                tensor("w", OnnxTensor.FLOAT, 2, 2).bytes(9, w.array()),
                tensor("x_scale", OnnxTensor.FLOAT).floatField(4, 0.0125f),
                new ProtobufTestEncoder().packedVarints(1, 3).varint(2, OnnxTensor.FLOAT).string(8, "w_scale")
                        .packedFloats(4, 0.5f, 0.25f, 0.125f),
                tensor("w_q", OnnxTensor.INT8, 4).bytes(9, new byte[] {-128, -1, 0, 127}),
                tensor("x_zero_point", OnnxTensor.UINT8, 2).varint(5, 0).varint(5, 200),
                tensor("w_zero_point", OnnxTensor.INT8, 2).packedVarints(5, -3, 5),
                // Fields in an unusual order: values before the type, as protobuf allows.
                new ProtobufTestEncoder().packedVarints(5, -7, 1_000_000).string(8, "bias").varint(1, 2)
                        .varint(2, OnnxTensor.INT32),
                tensor("shape", OnnxTensor.INT64, 3).packedVarints(7, -1, 1000).varint(7, Long.MIN_VALUE),
                tensor("scalar_shape", OnnxTensor.INT64).varint(7, 42),
                tensor("mean", OnnxTensor.DOUBLE, 2).doubleField(10, 0.1).packedDoubles(10, -0.2),
                tensor("half", 10, 1).bytes(9, new byte[] {0, 0x3C}));
        for (ProtobufTestEncoder t : tensors) {
            graph.message(5, pad(t, unknownFields));
        }
        graph.message(11, pad(new ProtobufTestEncoder().string(1, "x").message(2, new ProtobufTestEncoder()),
                unknownFields));
        graph.message(11, new ProtobufTestEncoder().string(1, "w"));
        graph.message(12, new ProtobufTestEncoder().string(1, "y"));
        ProtobufTestEncoder conv = new ProtobufTestEncoder();
        for (String input : List.of("x", "x_scale", "x_zero_point", "w_q", "w_scale", "w_zero_point", "y_scale",
                "y_zero_point", "")) {
            conv.string(1, input);
        }
        conv.string(2, "y").string(3, "conv0").string(4, "QLinearConv")
                .message(5, pad(new ProtobufTestEncoder().string(1, "group").varint(20, OnnxAttribute.INT)
                        .varint(3, 1), unknownFields))
                .message(5, new ProtobufTestEncoder().string(1, "kernel_shape").varint(20, OnnxAttribute.INTS)
                        .packedVarints(8, 3, 3))
                .message(5, new ProtobufTestEncoder().string(1, "strides").varint(20, OnnxAttribute.INTS)
                        .varint(8, 2).varint(8, 2))
                .message(5, new ProtobufTestEncoder().string(1, "alpha").varint(20, OnnxAttribute.FLOAT)
                        .floatField(2, 0.5f))
                .message(5, new ProtobufTestEncoder().string(1, "auto_pad").varint(20, OnnxAttribute.STRING)
                        .string(4, "NOTSET"))
                .message(5, new ProtobufTestEncoder().string(1, "coefficients").varint(20, OnnxAttribute.FLOATS)
                        .floatField(7, 1f).packedFloats(7, -0.5f));
        graph.message(1, pad(conv, unknownFields));
        graph.message(1, new ProtobufTestEncoder().string(1, "y").string(2, "z").string(4, "QLinearGlobalAveragePool")
                .string(7, "com.microsoft")
                .message(5, new ProtobufTestEncoder().string(1, "value").varint(20, OnnxAttribute.TENSOR)
                        .message(5, tensor("", OnnxTensor.INT32).varint(5, 7))));
        ProtobufTestEncoder model = new ProtobufTestEncoder();
        if (unknownFields) {
            // ir_version and opset_import: real ModelProto fields this reader has no use for.
            model.varint(1, 7).message(8, new ProtobufTestEncoder().varint(2, 12));
        }
        model.message(7, pad(graph, unknownFields));
        return pad(model, unknownFields).toByteArray();
    }

    /** {@code message} followed, if asked, by fields 900..905 of every wire type, nested groups included. */
    private static ProtobufTestEncoder pad(ProtobufTestEncoder message, boolean unknownFields) {
        if (!unknownFields) {
            return message;
        }
        ProtobufTestEncoder inner = new ProtobufTestEncoder().varint(1, 5)
                .group(2, new ProtobufTestEncoder().fixed32(3, 9).string(4, "deep"));
        return new ProtobufTestEncoder().raw(message.toByteArray()).varint(900, -1).fixed64(901, 0x1234_5678_9ABCL)
                .string(902, "ignored").fixed32(903, 77).group(904, inner).packedVarints(905, 1, 2, 300);
    }
}
