package io.crbench.datasets.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.datasets.DatasetException;
import io.crbench.datasets.LocalDataset;
import io.crbench.datasets.TinyDataset;
import io.crbench.image.Image8;
import io.crbench.image.ImageDecodeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderDatasetTest {
    @TempDir
    Path tmp;

    private LocalDataset locate(String name) {
        return TinyDataset.locateInMirror(tmp.resolve("mirror"), name, List.of(), tmp.resolve("cache"));
    }

    @Test
    void decodesEveryImageInNameOrderAndSkipsOtherFiles() {
        Path mirror = tmp.resolve("mirror");
        Image8 rgb = TinyDataset.image(7, 5, 3, 1);
        Image8 gray = TinyDataset.image(4, 9, 1, 2);
        TinyDataset.writePng(mirror, "set", "b.png", gray);
        TinyDataset.writePng(mirror, "set", "a.png", rgb);
        TinyDataset.writeBytes(mirror, "set", "README.md", "not an image".getBytes());

        ImageFolderDataset set = ImageFolderDataset.load(locate("set"));

        assertThat(set.name()).isEqualTo("set");
        assertThat(set.images()).extracting(NamedImage::name).containsExactly("a.png", "b.png");
        assertThat(set.images().get(0).image()).isEqualTo(rgb);
        assertThat(set.images().get(1).image()).isEqualTo(gray);
        assertThat(set.images().get(1).image().channels()).isEqualTo(1);
    }

    @Test
    void truncatedImageErrorNamesTheFile() throws IOException {
        Path mirror = tmp.resolve("mirror");
        Path good = TinyDataset.writePng(mirror, "set", "good.png", TinyDataset.image(16, 16, 3, 3));
        byte[] bytes = Files.readAllBytes(good);
        TinyDataset.writeBytes(mirror, "set", "truncated.png", Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> ImageFolderDataset.load(locate("set")))
                .isInstanceOf(ImageDecodeException.class)
                .hasMessageContaining(mirror.resolve("set").resolve("truncated.png").toString());
    }

    @Test
    void imagesInSubFoldersAreALayoutError() {
        TinyDataset.writePng(tmp.resolve("mirror"), "set", "deep/a.png", TinyDataset.image(4, 4, 3, 4));

        assertThatThrownBy(() -> ImageFolderDataset.load(locate("set")))
                .isInstanceOfSatisfying(DatasetException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatasetException.Reason.BAD_LAYOUT))
                .hasMessageContaining("deep/a.png");
    }

    @Test
    void everyNthKeepsTheFirstAndEveryStepInNameOrder() {
        Path mirror = tmp.resolve("mirror");
        for (String n : List.of("e.png", "a.png", "c.png", "b.png", "d.png")) {
            TinyDataset.writePng(mirror, "set", n, TinyDataset.image(4, 4, 3, n.charAt(0)));
        }
        ImageFolderDataset set = ImageFolderDataset.load(locate("set"));

        assertThat(set.everyNth(2).images()).extracting(NamedImage::name).containsExactly("a.png", "c.png", "e.png");
        assertThat(set.everyNth(1).images()).isEqualTo(set.images());
        assertThat(set.everyNth(2).name()).isEqualTo("set");
        assertThatThrownBy(() -> set.everyNth(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("step");
    }
}
