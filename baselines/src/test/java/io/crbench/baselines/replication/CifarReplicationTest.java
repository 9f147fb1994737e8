package io.crbench.baselines.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crbench.experiment.Scale;
import io.crbench.train.PatchAugmentation;
import io.crbench.train.Recipe;
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
    void aRaisedCapAppliesToTheFullFormOnly() {
        CifarReplication raised = CifarReplication.FULL.withSeeds(List.of(2L)).withFullFormCap(4000);
        assertThat(raised.iterationCap()).isEqualTo(4000);
        assertThat(raised.seeds()).containsExactly(2L);
        assertThat(raised.recipe(2).iterations()).isEqualTo(4000);
        assertThat(raised.describe()).contains("(cap 4000)");
        assertThat(CifarReplication.REDUCED.withFullFormCap(4000)).isEqualTo(CifarReplication.REDUCED);
        assertThatThrownBy(() -> CifarReplication.FULL.withFullFormCap(1000)).hasMessageContaining("at least the full"
                + " form's 2000");
    }

    @Test
    void aRaisedPatienceAppliesToTheFullFormOnly() {
        CifarReplication patient = CifarReplication.FULL.withFullFormCap(8000).withFullFormPatience(8);
        assertThat(patient.patience()).isEqualTo(8);
        assertThat(patient.iterationCap()).isEqualTo(8000);
        assertThat(patient.describe()).contains("for 8 checks").contains("(cap 8000)");
        assertThat(CifarReplication.REDUCED.withFullFormPatience(8)).isEqualTo(CifarReplication.REDUCED);
        assertThatThrownBy(() -> CifarReplication.FULL.withFullFormPatience(3)).hasMessageContaining("at least the"
                + " full form's 4 checks");
    }

    @Test
    void aWindowAppliesToTheFullFormOnly() {
        CifarReplication smoothed = CifarReplication.FULL.withFullFormWindow(5);
        assertThat(smoothed.window()).isEqualTo(5);
        assertThat(smoothed.describe()).contains("validation loss (mean of the last 5 checks) stopped improving");
        assertThat(CifarReplication.FULL.describe()).doesNotContain("mean of the last");
        assertThat(CifarReplication.REDUCED.withFullFormWindow(5)).isEqualTo(CifarReplication.REDUCED);
        assertThatThrownBy(() -> CifarReplication.FULL.withFullFormWindow(0)).hasMessageContaining("at least 1 check");
    }

    @Test
    void aDecayAppliesToTheFullFormOnlyAndKeepsTheConstantRecipeWithout() {
        CifarReplication decayed = CifarReplication.FULL.withFullFormCap(8000).withFullFormDecay(4000, 6000);
        assertThat(decayed.recipe(1).learningRateAt(4000)).isEqualTo(1e-3f);
        assertThat(decayed.recipe(1).learningRateAt(4001)).isCloseTo(1e-4f, within(1e-9f));
        assertThat(decayed.recipe(1).learningRateAt(6001)).isCloseTo(1e-5f, within(1e-10f));
        assertThat(decayed.describe()).contains("(cap 8000; learning rate divided by 10 after 4000 and 6000"
                + " iterations)");
        assertThat(CifarReplication.FULL.recipe(1).id()).isEqualTo(Recipe.adam(Scale.CI, 32, 32, 2000, 1e-3f, 1)
                .withAugmentation(PatchAugmentation.HORIZONTAL_FLIP).id());
        assertThat(CifarReplication.FULL.describe()).doesNotContain("learning rate");
        assertThat(CifarReplication.REDUCED.withFullFormDecay(100)).isEqualTo(CifarReplication.REDUCED);
        assertThatThrownBy(() -> CifarReplication.FULL.withFullFormDecay(4000))
                .hasMessageContaining("inside the cap of 2000 iterations").hasMessageContaining("[4000]");
        assertThatThrownBy(() -> CifarReplication.FULL.withFullFormDecay(1500, 1000))
                .hasMessageContaining("strictly increasing").hasMessageContaining("[1500, 1000]");
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
