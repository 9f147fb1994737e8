package io.crbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** MobileNetV2-1.0 at 224×224 has about 300 M multiply-accumulates (Sandler et al. 2018, Table 4). */
class OnnxMacsMirrorTest {

    @Test
    void mobileNetV2HasAboutThreeHundredMillionMacs() {
        Path file = MirrorFiles.file("mobilenetv2-12-int8/mobilenetv2-12-int8.onnx");
        long macs = OnnxMacs.count(OnnxModelFile.read(file), 224, 224);
        assertThat(macs).isBetween(295_000_000L, 310_000_000L);
    }
}
