package io.crbench.baselines.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CifarReplicationTest {
    @AfterEach
    void clearProperties() {
        System.clearProperty(CifarReplication.PROPERTY);
        System.clearProperty(CifarReplication.SEEDS_PROPERTY);
    }

    @Test
    void theFormAndItsSeedsComeFromTheProperties() {
        assertThat(CifarReplication.current()).isEqualTo(CifarReplication.REDUCED);
        System.setProperty(CifarReplication.PROPERTY, "full");
        assertThat(CifarReplication.current()).isEqualTo(CifarReplication.FULL);
        System.setProperty(CifarReplication.SEEDS_PROPERTY, " 3, 1 ");
        CifarReplication subset = CifarReplication.current();
        assertThat(subset.seeds()).containsExactly(3L, 1L);
        assertThat(subset.isFull()).isTrue();
        assertThat(subset.describe()).contains("full form").contains("training seeds [3, 1]");
        assertThat(CifarReplication.REDUCED.isFull()).isFalse();
    }

    @Test
    void badSettingsAreNamed() {
        System.setProperty(CifarReplication.PROPERTY, "huge");
        assertThatThrownBy(CifarReplication::current).hasMessageContaining("-Dcrbench.replication ")
                .hasMessageContaining("'huge'");
        System.setProperty(CifarReplication.PROPERTY, "full");
        System.setProperty(CifarReplication.SEEDS_PROPERTY, "1,x");
        assertThatThrownBy(CifarReplication::current).hasMessageContaining("-Dcrbench.replication.seeds")
                .hasMessageContaining("'1,x'");
        System.setProperty(CifarReplication.SEEDS_PROPERTY, "2,2");
        assertThatThrownBy(CifarReplication::current).hasMessageContaining("twice");
        assertThatThrownBy(() -> CifarReplication.FULL.withSeeds(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
