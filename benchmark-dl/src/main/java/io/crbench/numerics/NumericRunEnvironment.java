package io.crbench.numerics;

import io.crbench.result.RunEnvironment;
import java.util.Map;

/** The {@link RunEnvironment} of runs on DJL's engines: {@link NumericEnvironment#current()}. */
public final class NumericRunEnvironment implements RunEnvironment {
    @Override
    public Map<String, Object> fields() {
        return NumericEnvironment.current().fields();
    }
}
