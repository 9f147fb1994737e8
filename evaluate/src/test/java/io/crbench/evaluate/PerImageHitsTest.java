package io.crbench.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerImageHitsTest {
    private static final PerImageHits.RunIdentity RUN = new PerImageHits.RunIdentity("m", "abc", "d", "sorted folders", "imagenet",
            List.of(Condition.clean(), Condition.jpeg(10)), 3);

    private static PerImageHits shard(int... images) {
        PerImageHits h = new PerImageHits(RUN, List.of("a", "b", "c"), new int[] {0, 1, 2});
        for (int i : images) {
            h.set(i, new boolean[] {true, i == 0}, new boolean[] {true, true}, new double[] {Double.NaN, 0.25 + i / 3.0});
        }
        return h;
    }

    @Test
    void shardsWrittenAndMergedEqualTheWholeRunByteForByte(@TempDir Path dir) throws Exception {
        shard(0, 1, 2).write(dir.resolve("whole.jsonl"));
        shard(0, 2).write(dir.resolve("s0.jsonl"));
        shard(1).write(dir.resolve("s1.jsonl"));
        PerImageHits merged = PerImageHits.merge(List.of(PerImageHits.read(dir.resolve("s1.jsonl")),
                PerImageHits.read(dir.resolve("s0.jsonl"))));
        merged.write(dir.resolve("merged.jsonl"));
        assertThat(Files.readString(dir.resolve("merged.jsonl"))).isEqualTo(Files.readString(dir.resolve("whole.jsonl")));
        assertThat(merged.complete()).isTrue();
        assertThat(merged.top1(1)).containsExactly(true, false, false);
        assertThat(merged.bitsPerPixel(1)).containsExactly(0.25, 0.25 + 1 / 3.0, 0.25 + 2 / 3.0);
        assertThat(merged.bitsPerPixel(0)[0]).isNaN();
    }

    @Test
    void overlappingIncompleteOrForeignShardsAreRefused() {
        assertThatThrownBy(() -> PerImageHits.merge(List.of(shard(0, 1), shard(1, 2)))).hasMessageContaining("two shards");
        assertThatThrownBy(() -> PerImageHits.merge(List.of(shard(0, 1)))).hasMessageContaining("image 2 of 3 is in no shard");
        PerImageHits other = new PerImageHits(new PerImageHits.RunIdentity("m", "def", "d", "sorted folders", "imagenet",
                RUN.conditions(), 3), List.of("a", "b", "c"), new int[] {0, 1, 2});
        other.set(2, new boolean[] {true, true}, new boolean[] {true, true}, new double[] {Double.NaN, 1});
        assertThatThrownBy(() -> PerImageHits.merge(List.of(shard(0, 1), other))).hasMessageContaining("different runs");
        assertThatThrownBy(() -> RobustnessResult.of(shard(0))).hasMessageContaining("one shard");
    }
}
