package io.crbench.suites;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A family of shared resources, one per key (a classifier grid per model, a panel per training
 * seed): each opened by the first case that asks for its key and all closed after the suite's last
 * case. The keyed form of {@link SuiteResource}; register it on a static field the same way.
 *
 * @param <K> the key
 * @param <T> the resource
 */
public final class SuiteResources<K, T extends AutoCloseable> implements AfterAllCallback {
    private final Map<K, T> open = new ConcurrentHashMap<>();

    /** An empty family. */
    public static <K, T extends AutoCloseable> SuiteResources<K, T> create() {
        return new SuiteResources<>();
    }

    /** The resource of {@code key}, opened by {@code opener} if no case of this suite has asked for it yet. */
    public T get(K key, Function<? super K, ? extends T> opener) {
        return open.computeIfAbsent(key, opener);
    }

    /** Closes every resource a case opened, all of them even when one fails to close. */
    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        List<T> closing = new ArrayList<>(open.values());
        open.clear();
        Exception failure = null;
        for (T resource : closing) {
            try {
                resource.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
