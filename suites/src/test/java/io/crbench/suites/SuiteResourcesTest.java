package io.crbench.suites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuiteResourcesTest {
    @Test
    void opensEachKeyOnceAndClosesEveryOneEvenWhenOneFails() {
        List<String> log = new ArrayList<>();
        SuiteResources<String, AutoCloseable> resources = SuiteResources.create();
        AutoCloseable failing = resources.get("a", k -> () -> {
            log.add("close " + k);
            throw new IllegalStateException("cannot close " + k);
        });
        resources.get("b", k -> () -> log.add("close " + k));
        assertThat(resources.get("a", k -> () -> log.add("second opener"))).isSameAs(failing);

        assertThatThrownBy(() -> resources.afterAll(null)).hasMessage("cannot close a");
        assertThat(log).containsExactlyInAnyOrder("close a", "close b");
    }
}
