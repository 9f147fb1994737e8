package io.crbench.datasets.fashionmnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.image.Image8;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdxFileTest {
    @Test
    void readsLabelsAndImages() {
        byte[] labels = {0, 0, 8, 1, 0, 0, 0, 3, 7, 0, 9};
        assertThat(IdxFile.parse("l", labels).labels()).containsExactly(7, 0, 9);
        byte[] images = {0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 2, 10, 20, (byte) 250, 40};
        List<Image8> out = IdxFile.parse("i", images).images();
        assertThat(out).hasSize(2);
        assertThat(out.get(0).describe()).isEqualTo("2x1x1");
        assertThat(out.get(1).sample(0, 0, 0)).isEqualTo(250);
    }

    @Test
    void malformedFilesAreErrorsNamingTheFile() {
        assertThatThrownBy(() -> IdxFile.parse("bad.gz", new byte[] {1, 0, 8, 1})).hasMessageContaining("bad.gz")
                .hasMessageContaining("magic");
        assertThatThrownBy(() -> IdxFile.parse("f.gz", new byte[] {0, 0, 0x0D, 1, 0, 0, 0, 1, 0}))
                .hasMessageContaining("type code 0xd");
        assertThatThrownBy(() -> IdxFile.parse("s.gz", new byte[] {0, 0, 8, 1, 0, 0, 0, 3, 7}))
                .hasMessageContaining("declares [3] = 3 values but holds 1");
        assertThatThrownBy(() -> IdxFile.parse("l.gz", new byte[] {0, 0, 8, 1, 0, 0, 0, 1, 7}).images())
                .hasMessageContaining("images are 3-D");
    }
}
