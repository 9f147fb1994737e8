package io.crbench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.image.Image8;
import io.crbench.image.ImageFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabeledFolderTest {
    @TempDir
    Path dir;

    private void image(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        ImageFiles.writePng(Image8.generate(4, 4, 3, (x, y, c) -> x * 40 + c), p);
    }

    @Test
    void classFoldersAreLabelledBySortedFolderNameUnlessAClassListIsGiven() throws IOException {
        image("dog/b.png");
        image("cat/a.png");
        image("dog/a.png");
        LabeledFolder sorted = LabeledFolder.open(dir, null);
        assertThat(sorted.files()).containsExactly("cat/a.png", "dog/a.png", "dog/b.png");
        assertThat(new int[] {sorted.label(0), sorted.label(1), sorted.label(2)}).containsExactly(0, 1, 1);
        assertThat(sorted.classCount()).isEqualTo(2);
        Path classes = Files.writeString(dir.resolve("../classes.txt"), "dog\ncat\nbird\n");
        LabeledFolder listed = LabeledFolder.open(dir, classes);
        assertThat(new int[] {listed.label(0), listed.label(1)}).containsExactly(1, 0);
        assertThat(listed.classCount()).isEqualTo(3);
    }

    @Test
    void flatFoldersTakeLabelsFromPairsOrFromAClassListPrefixingTheNames() throws IOException {
        image("n01_tench.png");
        image("n02_goldfish.png");
        Path pairs = Files.writeString(dir.resolve("labels.csv"), "n01_tench.png,7\nn02_goldfish.png,3\n");
        LabeledFolder byPairs = LabeledFolder.open(dir, pairs);
        assertThat(new int[] {byPairs.label(0), byPairs.label(1)}).containsExactly(7, 3);
        assertThat(byPairs.classCount()).isEqualTo(8);
        Path synsets = Files.writeString(dir.resolve("synsets.txt"), "n00 : nothing\nn01 : tench\nn02 : goldfish\n");
        LabeledFolder byPrefix = LabeledFolder.open(dir, synsets);
        assertThat(new int[] {byPrefix.label(0), byPrefix.label(1)}).containsExactly(1, 2);
    }

    @Test
    void wrongLayoutsAreClearErrorsNamingWhatWasExpected() throws IOException {
        assertThatThrownBy(() -> LabeledFolder.open(dir, null)).hasMessageContaining("holds no PNG, BMP or JPEG image");
        assertThatThrownBy(() -> LabeledFolder.open(dir.resolve("missing"), null)).hasMessageContaining("does not exist");
        image("flat.png");
        assertThatThrownBy(() -> LabeledFolder.open(dir, null)).hasMessageContaining("needs a label file");
        image("cat/a.png");
        assertThatThrownBy(() -> LabeledFolder.open(dir, null)).hasMessageContaining("mixes layouts");
        Files.delete(dir.resolve("cat/a.png"));
        Path other = Files.writeString(dir.resolve("labels.csv"), "other.png,1\n");
        assertThatThrownBy(() -> LabeledFolder.open(dir, other)).hasMessageContaining("flat.png").hasMessageContaining("no line");
        Path classes = Files.writeString(dir.resolve("classes.txt"), "n01\nn02\n");
        assertThatThrownBy(() -> LabeledFolder.open(dir, classes)).hasMessageContaining("flat.png").hasMessageContaining("is not named <class>_<name>");
    }
}
