package io.crbench.baselines.restorers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crbench.restore.LumaFrontEnd;
import io.crbench.restore.Restorer;
import org.junit.jupiter.api.Test;

/** {@link ReleasedFrontEnds}: which released model a quality picks, each loaded once. */
class ReleasedFrontEndsTest {

    @Test
    void theArcnnOfTheNearestTrainingQualityServesEachQualityAndIsLoadedOnce() {
        try (ReleasedFrontEnds arcnn = ReleasedFrontEnds.matchedArcnn()) {
            Restorer at18 = arcnn.forQuality(18);
            assertThat(at18.id()).isEqualTo(LumaFrontEnd.id(AuthorsArcnn.id(20)));
            assertThat(arcnn.forQuality(22)).isSameAs(at18);
            assertThat(arcnn.forQuality(7).id()).isEqualTo(LumaFrontEnd.id(AuthorsArcnn.id(10)));
            assertThat(arcnn.blind()).isFalse();
            assertThatThrownBy(arcnn::blindModel).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("forQuality");
        }
    }

    @Test
    void dncnn3IsOneBlindModelForEveryQuality() {
        try (ReleasedFrontEnds dncnn3 = ReleasedFrontEnds.dncnn3()) {
            assertThat(dncnn3.blind()).isTrue();
            assertThat(dncnn3.forQuality(10)).isSameAs(dncnn3.forQuality(90)).isSameAs(dncnn3.blindModel());
            assertThat(dncnn3.blindModel().id()).isEqualTo(LumaFrontEnd.id(AuthorsDncnn3.ID));
        }
    }
}
