package io.crbench.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopKAccuracyTest {
    private static final float[][] LOGITS = {
        {0.1f, 2.0f, 0.3f},
        {1.0f, 0.5f, 0.7f},
        {0.2f, 0.3f, 0.9f},
        {0.0f, 0.0f, 0.0f},
    };

    @Test
    void topOneAndTopTwo() {
        int[] labels = {1, 2, 0, 2};

        assertThat(TopKAccuracy.correct(LOGITS, labels, 1)).containsExactly(true, false, false, false);
        assertThat(TopKAccuracy.correct(LOGITS, labels, 2)).containsExactly(true, true, false, false);
        assertThat(TopKAccuracy.correct(LOGITS, labels, 3)).containsExactly(true, true, true, true);
    }

    @Test
    void tiesGoToTheLowerClassIndex() {
        float[][] tied = {{0.5f, 0.5f, 0.5f}};

        assertThat(TopKAccuracy.correct(tied, new int[] {0}, 1)).containsExactly(true);
        assertThat(TopKAccuracy.correct(tied, new int[] {1}, 1)).containsExactly(false);
        assertThat(TopKAccuracy.correct(tied, new int[] {1}, 2)).containsExactly(true);
        assertThat(TopKAccuracy.correct(tied, new int[] {2}, 2)).containsExactly(false);
    }

    @Test
    void accuracyIsTheFractionOfHits() {
        assertThat(TopKAccuracy.accuracy(new boolean[] {true, false, true, true})).isEqualTo(0.75);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> TopKAccuracy.correct(new float[0][], new int[0], 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no samples");
        assertThatThrownBy(() -> TopKAccuracy.correct(LOGITS, new int[] {1}, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4 rows").hasMessageContaining("1 labels");
        assertThatThrownBy(() -> TopKAccuracy.correct(LOGITS, new int[] {1, 2, 0, 2}, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k must be in 1..3");
        assertThatThrownBy(() -> TopKAccuracy.correct(LOGITS, new int[] {1, 3, 0, 2}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label 3 of sample 1");
        assertThatThrownBy(() -> TopKAccuracy.correct(new float[][] {{1f, Float.NaN}}, new int[] {0}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> TopKAccuracy.correct(new float[][] {{1f, 2f}, {1f}}, new int[] {0, 0}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1 has 1 classes");
        assertThatThrownBy(() -> TopKAccuracy.accuracy(new boolean[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no samples");
    }
}
