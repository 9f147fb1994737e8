package io.crbench.suites;

import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a suite's cases share (a classifier grid, a loaded backbone): opened by the first case that
 * asks for it and closed after the suite's last case, so a suite declares it in one line instead of
 * a {@code @BeforeAll}/{@code @AfterAll} pair and a mutable field. Register it on a static field, the
 * only place JUnit honours a class-level callback of a programmatic extension:
 * <pre>{@code
 * @RegisterExtension
 * static final SuiteResource<ClassifierGrid> SAMPLE =
 *         SuiteResource.of(() -> ClassifierGrids.mobileNetV2OnImageNetSample(1));
 * }</pre>
 * It holds a resource, never a result: cases stay independent, each can run alone.
 *
 * @param <T> the resource
 */
public final class SuiteResource<T extends AutoCloseable> implements AfterAllCallback, Supplier<T> {
    private final Supplier<? extends T> opener;
    private T open;

    private SuiteResource(Supplier<? extends T> opener) {
        this.opener = opener;
    }

    /** A resource {@code opener} opens on first use. */
    public static <T extends AutoCloseable> SuiteResource<T> of(Supplier<? extends T> opener) {
        return new SuiteResource<>(Objects.requireNonNull(opener, "opener"));
    }

    /** The resource, opened now if no case of this suite has asked for it yet. */
    @Override
    public synchronized T get() {
        if (open == null) {
            open = Objects.requireNonNull(opener.get(), "the suite resource's opener returned null");
        }
        return open;
    }

    /** Closes the resource if a case opened it; the next suite run opens a fresh one. */
    @Override
    public synchronized void afterAll(ExtensionContext context) throws Exception {
        if (open != null) {
            T closing = open;
            open = null;
            closing.close();
        }
    }
}
