package io.crbench.datasets.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.crbench.datasets.DatasetException;
import io.crbench.datasets.LocalDataset;
import io.crbench.datasets.TinyDataset;
import io.crbench.image.Image8;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassFolderDatasetTest {
    @TempDir
    Path tmp;

    private Path mirror() {
        return tmp.resolve("mirror");
    }

    private void writeImage(String file, int seed) {
        TinyDataset.writePng(mirror(), "classes", file, TinyDataset.image(4, 4, 3, seed));
    }

    private LocalDataset locate(List<String> classes) {
        return TinyDataset.locateInMirror(mirror(), "classes", classes, tmp.resolve("cache"));
    }

    @Test
    void labelsFollowTheDeclaredClassOrderNotTheFolderOrder() {
        writeImage("cat/c1.png", 1);
        writeImage("cat/c2.png", 2);
        writeImage("dog/d1.png", 3);

        ClassFolderDataset set = ClassFolderDataset.load(locate(List.of("dog", "cat")));

        assertThat(set.classNames()).containsExactly("dog", "cat");
        assertThat(set.samples()).extracting(LabeledImage::name, LabeledImage::label)
                .containsExactly(
                        tuple("dog/d1.png", 0),
                        tuple("cat/c1.png", 1),
                        tuple("cat/c2.png", 1));
        Image8 expected = TinyDataset.image(4, 4, 3, 3);
        assertThat(set.samples().get(0).image()).isEqualTo(expected);
    }

    @Test
    void folderThatIsNotADeclaredClassIsNamed() {
        writeImage("cat/c1.png", 1);
        writeImage("zebra/z1.png", 2);

        assertThatThrownBy(() -> ClassFolderDataset.load(locate(List.of("cat"))))
                .isInstanceOfSatisfying(DatasetException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatasetException.Reason.BAD_LAYOUT))
                .hasMessageContaining("'zebra'")
                .hasMessageContaining("zebra/z1.png");
    }

    @Test
    void emptyClassIsNamed() {
        writeImage("cat/c1.png", 1);

        assertThatThrownBy(() -> ClassFolderDataset.load(locate(List.of("cat", "bird"))))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("class 'bird' has no images");
    }

    @Test
    void imageOutsideAClassFolderIsNamed() {
        writeImage("cat/c1.png", 1);
        writeImage("loose.png", 2);

        assertThatThrownBy(() -> ClassFolderDataset.load(locate(List.of("cat"))))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("loose.png is not directly inside a class folder");
    }

    @Test
    void undeclaredClassesAreAnError() {
        writeImage("cat/c1.png", 1);

        assertThatThrownBy(() -> ClassFolderDataset.load(locate(List.of())))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("declares no classes");
    }
}
