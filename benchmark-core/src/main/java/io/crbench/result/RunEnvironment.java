package io.crbench.result;

import java.util.Map;
import java.util.ServiceLoader;

/**
 * What a run computed on, as the {@code numerics} object every row of results.jsonl carries.
 * benchmark-core knows no engine; the module that runs one provides this through
 * {@link ServiceLoader} ({@code META-INF/services/io.crbench.result.RunEnvironment}).
 */
public interface RunEnvironment {
    /** The environment's fields, in a stable order. */
    Map<String, Object> fields();

    /** The fields of the first provider on the class path, or none when no provider is there. */
    static Map<String, Object> current() {
        return ServiceLoader.load(RunEnvironment.class).findFirst().map(RunEnvironment::fields).orElse(Map.of());
    }
}
