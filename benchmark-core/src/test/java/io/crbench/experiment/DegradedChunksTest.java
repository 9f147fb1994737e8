package io.crbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.degradation.Degradation;
import io.crbench.degradation.Degraded;
import io.crbench.degradation.GaussianNoise;
import io.crbench.image.Image8;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DegradedChunksTest {
    private static final List<Image8> INPUTS = IntStream.range(0, 7)
            .mapToObj(k -> Image8.generate(8, 8, 3, (x, y, c) -> (x * 17 + y * 5 + c * 40 + k * 9) % 256)).toList();
    private static final Degradation NOISE = new GaussianNoise(20);

    @Test
    void chunksCoverTheInputsInOrderEachImageDegradedWithItsOwnSeed() {
        List<Integer> starts = new ArrayList<>();
        List<Image8> seen = new ArrayList<>();
        DegradedChunks.forEach(INPUTS, NOISE, i -> 100 + i, 3, (from, chunk) -> {
            starts.add(from);
            chunk.stream().map(Degraded::image).forEach(seen::add);
        });
        assertThat(starts).containsExactly(0, 3, 6);
        assertThat(seen).hasSize(INPUTS.size());
        for (int i = 0; i < INPUTS.size(); i++) {
            assertThat(seen.get(i).samples()).isEqualTo(NOISE.apply(INPUTS.get(i), 100 + i).samples());
        }
    }

    @Test
    void theChunkSizeDoesNotChangeTheDegradedImages() {
        List<Image8> whole = new ArrayList<>();
        DegradedChunks.forEach(INPUTS, NOISE, i -> i, INPUTS.size(),
                (from, chunk) -> chunk.stream().map(Degraded::image).forEach(whole::add));
        List<Image8> pairs = new ArrayList<>();
        DegradedChunks.forEach(INPUTS, NOISE, i -> i, 2,
                (from, chunk) -> chunk.stream().map(Degraded::image).forEach(pairs::add));
        for (int i = 0; i < INPUTS.size(); i++) {
            assertThat(pairs.get(i).samples()).isEqualTo(whole.get(i).samples());
        }
    }

    @Test
    void noInputsOrANonPositiveChunkSizeIsRefusedNamingTheDegradation() {
        assertThatThrownBy(() -> DegradedChunks.forEach(List.of(), NOISE, i -> i, 4, (from, chunk) -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(NOISE.id());
        assertThatThrownBy(() -> DegradedChunks.forEach(INPUTS, NOISE, i -> i, 0, (from, chunk) -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chunk size 0");
    }
}
