package io.crbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import org.junit.jupiter.api.Test;

/** {@link TorchThreads}: one intra-op thread inside, the previous count restored after. */
class TorchThreadsTest {
    @Test
    void runsOnOneThreadAndRestoresTheCountEvenWhenTheWorkFails() {
        Engine.getEngine("PyTorch");
        int before = JniUtils.getNumThreads();

        int inside = TorchThreads.singleThreaded(JniUtils::getNumThreads);

        assertThat(inside).isEqualTo(1);
        assertThat(JniUtils.getNumThreads()).isEqualTo(before);
        assertThatThrownBy(() -> TorchThreads.singleThreaded(() -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(JniUtils.getNumThreads()).isEqualTo(before);
    }
}
