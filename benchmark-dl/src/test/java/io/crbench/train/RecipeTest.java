package io.crbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.training.tracker.Tracker;
import io.crbench.experiment.Scale;
import org.junit.jupiter.api.Test;

class RecipeTest {
    @Test
    void multiStepScheduleLowersTheRateAfterEachMilestone() {
        Recipe r = Recipe.adam(Scale.PAPER, 48, 16, 100, 2e-4f, 0).withMilestones(0.5f, 10, 20);
        assertThat(r.learningRateAt(1)).isEqualTo(2e-4f);
        assertThat(r.learningRateAt(10)).isEqualTo(2e-4f);
        assertThat(r.learningRateAt(11)).isEqualTo(1e-4f);
        assertThat(r.learningRateAt(21)).isEqualTo(5e-5f);
    }

    @Test
    void theOptimizerFollowsTheScheduleWithOneMilestoneOrSeveral() {
        Recipe one = Recipe.adam(Scale.CI, 32, 32, 8000, 1e-3f, 1).withMilestones(0.1f, 6000);
        assertThat(one.optimizer()).isNotNull();
        assertThat(one.schedule().getNewValue(6000)).isEqualTo(1e-3f);
        assertThat(one.schedule().getNewValue(6001)).isEqualTo(one.learningRateAt(6001)).isLessThan(1e-3f);
        Recipe two = Recipe.adam(Scale.PAPER, 48, 16, 100, 2e-4f, 0).withMilestones(0.5f, 10, 20);
        Tracker djl = Tracker.multiFactor().setBaseValue(2e-4f).setSteps(new int[] {10, 20}).optFactor(0.5f).build();
        for (int update = 1; update <= 30; update++) {
            assertThat(two.schedule().getNewValue(update)).as("update %d", update).isEqualTo(djl.getNewValue(update));
        }
    }

    @Test
    void idStatesEverySetting() {
        Recipe r = Recipe.adam(Scale.CI, 48, 16, 500, 1e-3f, 7).withAdam(0.9f, 0.99f, 1e-8f).withMilestones(0.1f, 400);
        assertThat(r.id()).isEqualTo("recipe(scale=ci,patch=48,batch=16,iterations=500,adam(lr=0.001,b1=0.9,b2=0.99,"
                + "eps=1.0E-8),milestones=[400],gamma=0.1,seed=7)");
        assertThat(r.withIterations(600).id()).isNotEqualTo(r.id());
        assertThat(r.withLearningRate(1e-4f).id()).isNotEqualTo(r.id());
    }

    @Test
    void onlyANonDefaultAugmentationShowsInTheId() {
        Recipe r = Recipe.adam(Scale.CI, 48, 16, 500, 1e-3f, 7);
        assertThat(r.augmentation()).isEqualTo(PatchAugmentation.DIHEDRAL);
        assertThat(r.id()).doesNotContain("augment");
        assertThat(r.withAugmentation(PatchAugmentation.HORIZONTAL_FLIP).id()).endsWith(",seed=7,augment=horizontal_flip)");
        assertThat(r.withAugmentation(PatchAugmentation.HORIZONTAL_FLIP).withSeed(8).augmentation())
                .isEqualTo(PatchAugmentation.HORIZONTAL_FLIP);
    }

    @Test
    void adamaxRecipesSayTheirRuleAndAdamIdsStayAsTheyWere() {
        Recipe r = Recipe.adamax(Scale.CI, 32, 64, 400, 2e-3f, 5);
        assertThat(r.rule()).isEqualTo(Recipe.UpdateRule.ADAMAX);
        assertThat(r.optimizer()).isInstanceOf(Adamax.class);
        assertThat(r.id()).isEqualTo("recipe(scale=ci,patch=32,batch=64,iterations=400,adamax(lr=0.002,b1=0.9,"
                + "b2=0.999,eps=1.0E-7),milestones=[],gamma=1.0,seed=5)");
        assertThat(r.withSeed(6).rule()).isEqualTo(Recipe.UpdateRule.ADAMAX);
        assertThat(Recipe.adam(Scale.CI, 48, 16, 500, 1e-3f, 7).rule()).isEqualTo(Recipe.UpdateRule.ADAM);
    }

    @Test
    void badSettingsFail() {
        assertThatThrownBy(() -> Recipe.adam(Scale.CI, 0, 16, 10, 1e-3f, 0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> Recipe.adam(Scale.CI, 48, 16, 10, 0f, 0)).hasMessageContaining("lr > 0");
        assertThatThrownBy(() -> Recipe.adam(Scale.CI, 48, 16, 10, 1e-3f, 0).withMilestones(0.1f, 5, 5))
                .hasMessageContaining("strictly increasing");
    }
}
