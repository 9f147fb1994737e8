package io.crbench.datasets.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.datasets.DatasetException;
import io.crbench.datasets.LocalDataset;
import io.crbench.datasets.TinyDataset;
import io.crbench.image.Image8;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageNetSampleDatasetTest {
    @TempDir
    Path tmp;
    private Path mirror;
    private LocalDataset labels;

    @BeforeEach
    void writeLabels() {
        mirror = tmp.resolve("mirror");
        // Deliberately unsorted: labels are positions in the sorted synset list.
        TinyDataset.writeBytes(mirror, "labels", ImageNetSynsets.MAPPING_FILE, """
                n02000000 : cat, house cat
                n01000000 : tench, Tinca tinca
                n03000000 : toilet tissue
                """.getBytes(StandardCharsets.UTF_8));
        labels = TinyDataset.locateInMirror(mirror, "labels", List.of(), tmp.resolve("cache"));
    }

    private LocalDataset images() {
        return TinyDataset.locateInMirror(mirror, "sample", List.of(), tmp.resolve("cache"));
    }

    @Test
    void labelsAreSortedSynsetPositionsAndDecodingIsPerImage() throws IOException {
        TinyDataset.writePng(mirror, "sample", "n03000000_toilet_tissue.png", TinyDataset.image(6, 4, 3, 1));
        TinyDataset.writePng(mirror, "sample", "n01000000_tench.png", TinyDataset.image(5, 5, 3, 2));
        Path grayJpeg = mirror.resolve("sample").resolve("n02000000_cat.JPEG");
        ImageIO.write(TinyDataset.image(8, 8, 1, 3).toBufferedImage(), "jpeg", grayJpeg.toFile());
        TinyDataset.writeBytes(mirror, "sample", "README.md", "# sample".getBytes(StandardCharsets.UTF_8));
        TinyDataset.writeBytes(mirror, "sample", "gallery.md", "| 0 |".getBytes(StandardCharsets.UTF_8));

        ImageNetSampleDataset set = ImageNetSampleDataset.load(images(), labels);

        assertThat(set.size()).isEqualTo(3);
        assertThat(set.synsets().ids()).containsExactly("n01000000", "n02000000", "n03000000");
        assertThat(set.synsets().className(1)).isEqualTo("cat");
        assertThat(set.synsets().descriptions().get(0)).isEqualTo("tench, Tinca tinca");
        assertThat(set.fileName(1)).isEqualTo("n02000000_cat.JPEG");
        assertThat(set.label(2)).isEqualTo(2);
        List<LabeledImage> all = new ArrayList<>();
        set.forEach(all::add);
        assertThat(all).extracting(LabeledImage::label).containsExactly(0, 1, 2);
        Image8 gray = set.get(1).image();
        assertThat(gray.channels()).isEqualTo(1);
        assertThat(gray.describe()).isEqualTo("8x8x1");
        assertThat(set.get(0).image()).isEqualTo(TinyDataset.image(5, 5, 3, 2));
    }

    @Test
    void imageOfAnUnknownSynsetIsNamed() {
        TinyDataset.writePng(mirror, "sample", "n09999999_unicorn.png", TinyDataset.image(4, 4, 3, 1));

        assertThatThrownBy(() -> ImageNetSampleDataset.load(images(), labels))
                .isInstanceOfSatisfying(DatasetException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatasetException.Reason.BAD_LAYOUT))
                .hasMessageContaining("n09999999_unicorn.png")
                .hasMessageContaining("n09999999");
    }

    @Test
    void imageWithoutASynsetPrefixIsNamed() {
        TinyDataset.writePng(mirror, "sample", "holiday.png", TinyDataset.image(4, 4, 3, 1));

        assertThatThrownBy(() -> ImageNetSampleDataset.load(images(), labels))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("holiday.png");
    }

    @Test
    void malformedMappingLineIsNamed() throws IOException {
        Path mapping = tmp.resolve("bad_mapping.txt");
        Files.writeString(mapping, "n01000000 : tench\nnot a synset line\n");

        assertThatThrownBy(() -> ImageNetSynsets.parse(mapping, "labels"))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("line 2");
    }
}
