package io.crbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link OnnxModelFile} on the two int8 MobileNetV2 files of the offline mirror (run with
 * {@code -Dcrbench.mirror=DIR} or {@code CRBENCH_MIRROR=DIR}); skipped when no mirror is
 * configured. Expected counts are from the mirror's MANIFEST and an independent decode.
 */
class OnnxModelFileMirrorTest {
    @Test
    void imagenetMobileNetV2Int8() {
        OnnxModelFile model = OnnxModelFile.read(MirrorFiles.file("mobilenetv2-12-int8/mobilenetv2-12-int8.onnx"));

        assertThat(model.initializers()).hasSize(348);
        assertThat(tensorBytes(model)).isEqualTo(3_629_615);
        assertThat(model.parameterCount()).isEqualTo(3_524_064);
        assertThat(model.inputNames()).containsExactly("input");
        assertThat(model.outputNames()).containsExactly("output");
        assertThat(model.nodes()).hasSize(73);
        assertThat(model.nodes().stream().map(OnnxNode::opType).collect(Collectors.toSet())).containsExactlyInAnyOrder(
                "QuantizeLinear", "QLinearConv", "QLinearAdd", "QLinearGlobalAveragePool", "QLinearMatMul",
                "DequantizeLinear", "Shape", "Gather", "Unsqueeze", "Concat", "Reshape");
        assertThat(model.nodes().stream().filter(n -> n.opType().equals("QLinearGlobalAveragePool")))
                .singleElement().extracting(OnnxNode::domain).isEqualTo("com.microsoft");

        OnnxNode firstConv = model.nodes().stream().filter(n -> n.opType().equals("QLinearConv")).findFirst()
                .orElseThrow();
        assertThat(firstConv.attribute("kernel_shape").orElseThrow().ints()).containsExactly(3L, 3L);
        assertThat(firstConv.attribute("strides").orElseThrow().ints()).containsExactly(2L, 2L);
        assertThat(firstConv.attribute("group").orElseThrow().i()).isEqualTo(1);
        assertThat(model.initializer(firstConv.inputs().get(3)).orElseThrow().dims()).containsExactly(32, 3, 3, 3);
        assertEveryConvCanBeDequantised(model, 52);
    }

    @Test
    void cifarMobileNetV2Int8() {
        OnnxModelFile model = OnnxModelFile.read(MirrorFiles.file("mbv2_cifar10_int8/mbv2_cifar10_int8.onnx"));

        assertThat(model.initializers()).hasSize(346);
        assertThat(tensorBytes(model)).isEqualTo(2_356_459);
        assertThat(model.parameterCount()).isEqualTo(2_253_892);
        assertThat(model.inputNames()).containsExactly("input.1");
        assertThat(model.outputNames()).containsExactly("538");
        assertThat(model.nodes()).hasSize(68);
        assertEveryConvCanBeDequantised(model, 52);
    }

    /**
     * Each QLinearConv's weight is an int8 kernel whose per-output-channel scales (positive floats)
     * and int8 zero points are initializers, as is its int32 bias; input scale and zero point are
     * float and uint8 scalars. That is what dequantising the weights needs.
     */
    private static void assertEveryConvCanBeDequantised(OnnxModelFile model, int convCount) {
        List<OnnxNode> convs = model.nodes().stream().filter(n -> n.opType().equals("QLinearConv")).toList();
        assertThat(convs).hasSize(convCount);
        for (OnnxNode conv : convs) {
            OnnxTensor weight = model.initializer(conv.inputs().get(3)).orElseThrow();
            OnnxTensor scale = model.initializer(conv.inputs().get(4)).orElseThrow();
            OnnxTensor zeroPoint = model.initializer(conv.inputs().get(5)).orElseThrow();
            OnnxTensor bias = model.initializer(conv.inputs().get(8)).orElseThrow();
            long outChannels = weight.dims()[0];
            assertThat(weight.dataType()).isEqualTo(OnnxTensor.INT8);
            assertThat(weight.dims()).hasSize(4);
            assertThat(weight.ints()).hasSize((int) weight.elementCount());
            assertThat(scale.elementCount()).isEqualTo(outChannels);
            assertThat(Arrays.stream(scale.doubles()).boxed()).allSatisfy(s -> assertThat(s).isPositive().isFinite());
            assertThat(zeroPoint.dataType()).isEqualTo(OnnxTensor.INT8);
            assertThat(zeroPoint.elementCount()).isEqualTo(outChannels);
            assertThat(bias.dataType()).isEqualTo(OnnxTensor.INT32);
            assertThat(bias.elementCount()).isEqualTo(outChannels);
            assertThat(model.initializer(conv.inputs().get(1)).orElseThrow().floats()).hasSize(1);
            assertThat(model.initializer(conv.inputs().get(2)).orElseThrow().dataType()).isEqualTo(OnnxTensor.UINT8);
        }
    }

    /** Bytes of all initializer values in raw layout (what NumPy's {@code nbytes} sums to). */
    private static long tensorBytes(OnnxModelFile model) {
        return model.initializers().stream().mapToLong(t -> t.data().remaining()).sum();
    }
}
