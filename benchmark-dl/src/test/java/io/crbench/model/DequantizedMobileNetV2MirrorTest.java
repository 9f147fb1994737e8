package io.crbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.crbench.image.Image8;
import io.crbench.image.ImageFiles;
import io.crbench.image.ImageNetPreprocessing;
import io.crbench.restore.ImageTensors;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dequantised MobileNetV2 against the int8 original run by ONNX Runtime, on one real image of
 * the mirror (the tench, class 0). Activations are not rounded to 8 bits in the float network, so
 * logits differ by a few quantisation steps of the output (scale ≈ 0.1); the class ranking at the
 * top must not.
 */
class DequantizedMobileNetV2MirrorTest {
    private static final String MODEL = "mobilenetv2-12-int8/mobilenetv2-12-int8.onnx";
    private static DequantizedMobileNetV2 backbone;
    private static Image8 tench;

    @BeforeAll
    static void load() {
        backbone = DequantizedMobileNetV2.load(MirrorFiles.file(MODEL));
        tench = ImageNetPreprocessing.apply(ImageFiles.read(MirrorFiles.file(
                "imagenet-sample-images/n01440764_tench.JPEG")));
    }

    @AfterAll
    static void close() {
        if (backbone != null) {
            backbone.close();
        }
    }

    @Test
    void logitsOfOneImageMatchTheInt8Model() {
        float[] dequantized = new BackboneClassifier(backbone, 224, 1).logits(List.of(tench))[0];
        float[] int8;
        ClassifierSpec spec = new ClassifierSpec("int8", MirrorFiles.file(MODEL), ClassifierSpec.ONNX_RUNTIME, "input",
                224, InputNormalization.IMAGENET, 1, 1000);
        try (DjlClassifier onnx = DjlClassifier.load(spec)) {
            int8 = onnx.logits(List.of(tench))[0];
        }
        assertThat(argMax(dequantized)).isEqualTo(argMax(int8)).isZero();
        assertThat(correlation(dequantized, int8)).isGreaterThan(0.98);
        double meanAbs = 0;
        for (int i = 0; i < int8.length; i++) {
            meanAbs += Math.abs(dequantized[i] - int8[i]) / int8.length;
        }
        assertThat(meanAbs).isLessThan(0.5);
    }

    @Test
    void stagesHaveMobileNetV2sShapesAndComposeToTheLogits() {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            NDArray x = manager.create(ImageTensors.toChw(tench), new Shape(1, 3, 224, 224));
            NDArray whole = backbone.logits(x);
            for (int stage = 1; stage <= backbone.stageCount(); stage++) {
                NDArray f = backbone.features(x, stage);
                int side = 224 / backbone.stride(stage);
                assertThat(f.getShape()).isEqualTo(new Shape(1, backbone.channels(stage), side, side));
                float[] viaStage = backbone.logitsFrom(f, stage).toFloatArray();
                assertThat(maxAbsDiff(viaStage, whole.toFloatArray())).isLessThan(1e-4f);
            }
        }
    }

    @Test
    void rejectsStagesItDoesNotHave() {
        assertThatThrownBy(() -> backbone.channels(6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stages 0..5");
    }

    @Test
    void aMissingFileIsAClearError() {
        assertThatThrownBy(() -> DequantizedMobileNetV2.load(Path.of("no/such/model.onnx")))
                .isInstanceOf(ModelLoadException.class).hasMessageContaining("no/such/model.onnx");
    }

    private static int argMax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    private static double correlation(float[] a, float[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i] / (double) a.length;
            mb += b[i] / (double) b.length;
        }
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    private static float maxAbsDiff(float[] a, float[] b) {
        float m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }
}
