package io.crbench.datasets.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.image.Image8;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabeledInputsTest {
    /** Six images of class 0, then four of class 1; image i has every sample equal to i. */
    private static LabeledInputs inputs() {
        List<Image8> images = new ArrayList<>();
        int[] labels = new int[10];
        for (int i = 0; i < 10; i++) {
            int value = i;
            images.add(Image8.generate(2, 2, 1, (x, y, c) -> value));
            labels[i] = i < 6 ? 0 : 1;
        }
        return new LabeledInputs("toy", images, labels);
    }

    private static int[] ids(LabeledInputs in) {
        return in.images().stream().mapToInt(img -> img.sampleAt(0)).toArray();
    }

    @Test
    void everyOtherPerClassSplitsEachClassIntoTwoDisjointHalves() {
        assertThat(ids(inputs().everyOtherPerClass(0))).containsExactly(0, 2, 4, 6, 8);
        assertThat(ids(inputs().everyOtherPerClass(1))).containsExactly(1, 3, 5, 7, 9);
        assertThat(inputs().everyOtherPerClass(1).labels()).containsExactly(0, 0, 0, 1, 1);
        assertThatThrownBy(() -> inputs().everyOtherPerClass(2)).hasMessageContaining("0 or 1");
    }

    @Test
    void firstPerClassKeepsTheOrder() {
        assertThat(ids(inputs().firstPerClass(2))).containsExactly(0, 1, 6, 7);
        assertThat(ids(inputs().firstPerClass(5))).containsExactly(0, 1, 2, 3, 4, 6, 7, 8, 9);
    }

    @Test
    void afterFirstPerClassIsWhatFirstPerClassLeavesOut() {
        assertThat(ids(inputs().afterFirstPerClass(2))).containsExactly(2, 3, 4, 5, 8, 9);
        assertThat(ids(inputs().afterFirstPerClass(0))).hasSize(inputs().size());
        assertThat(ids(inputs().afterFirstPerClass(5))).containsExactly(5);
    }
}
