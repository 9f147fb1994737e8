package io.crbench.baselines.joint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.datasets.images.LabeledInputs;
import io.crbench.image.Image8;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ImageNetSampleSplitTest {
    /** Twenty one-per-class images whose pixel value is their class. */
    private static final LabeledInputs SAMPLE = new LabeledInputs("sample",
            IntStream.range(0, 20).mapToObj(k -> Image8.generate(2, 2, 3, (x, y, c) -> k)).toList(),
            IntStream.range(0, 20).toArray());

    @Test
    void trainsOnEvenClassesAndTestsOnEveryNthOddClass() {
        LabeledInputs training = ImageNetSampleSplit.training(SAMPLE);
        assertThat(training.labels()).containsExactly(0, 2, 4, 6, 8, 10, 12, 14, 16, 18);
        assertThat(training.images().get(3).sample(0, 0, 0)).isEqualTo(6);
        LabeledInputs test = ImageNetSampleSplit.test(SAMPLE, 3);
        assertThat(test.labels()).containsExactly(1, 7, 13, 19);
        assertThat(test.images().get(1).sample(1, 1, 2)).isEqualTo(7);
        assertThat(test.dataset()).isEqualTo("sample");
    }

    @Test
    void aSetWithoutOddClassesIsAClearError() {
        List<Image8> images = new ArrayList<>(SAMPLE.images().subList(0, 1));
        LabeledInputs evenOnly = new LabeledInputs("evens", images, new int[] {0});
        assertThatThrownBy(() -> ImageNetSampleSplit.test(evenOnly, 1)).hasMessageContaining("evens")
                .hasMessageContaining("odd class index");
    }
}
