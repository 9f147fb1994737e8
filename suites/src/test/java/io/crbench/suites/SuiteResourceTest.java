package io.crbench.suites;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuiteResourceTest {
    /** A resource that counts its openings and closings. */
    private static final class Counted implements AutoCloseable {
        private final List<String> log;

        Counted(List<String> log) {
            this.log = log;
            log.add("open");
        }

        @Override
        public void close() {
            log.add("close");
        }
    }

    @Test
    void opensOnFirstUseOnceAndClosesAfterTheSuite() throws Exception {
        List<String> log = new ArrayList<>();
        SuiteResource<Counted> resource = SuiteResource.of(() -> new Counted(log));
        assertThat(log).isEmpty();

        Counted first = resource.get();
        assertThat(resource.get()).isSameAs(first);
        resource.afterAll(null);
        assertThat(log).containsExactly("open", "close");

        assertThat(resource.get()).isNotSameAs(first);
        assertThat(log).containsExactly("open", "close", "open");
    }

    @Test
    void aSuiteThatNeverAskedClosesNothing() throws Exception {
        List<String> log = new ArrayList<>();
        SuiteResource.of(() -> new Counted(log)).afterAll(null);
        assertThat(log).isEmpty();
    }
}
