package io.crbench.numerics;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The check a JVM passes before its first PyTorch model: {@link KnownAnswerCatalog#selfCheck()},
 * each check run {@value #REPETITIONS} times (against the double-precision reference and against
 * its own first run). A failure stops the run with a {@link NumericsException} naming the failing
 * operations, the engine, the processor's vector flags, and the settings under which a fresh JVM
 * passes (tried in child JVMs, only when this one failed).
 */
public final class EngineSelfCheck {
    /** Runs per check: the two-thread failures seen here were intermittent, so one run is not enough. */
    public static final int REPETITIONS = 3;

    private static List<CheckOutcome> outcomes;

    private EngineSelfCheck() {
    }

    /** The outcome of every self-check on {@code manager}'s engine. */
    public static List<CheckOutcome> run(NDManager manager) {
        List<CheckOutcome> result = new ArrayList<>();
        for (NumericCheck check : KnownAnswerCatalog.selfCheck()) {
            result.add(check.run(manager, REPETITIONS));
        }
        return result;
    }

    /**
     * Runs the self-check once per JVM (later calls reuse the outcome).
     *
     * @throws NumericsException when a check failed
     */
    public static synchronized void ensurePassed() {
        if (outcomes == null) {
            try (NDManager manager = NDManager.newBaseManager(PyTorchEngine.NAME)) {
                outcomes = run(manager);
            }
        }
        List<CheckOutcome> failed = outcomes.stream().filter(o -> !o.passed()).toList();
        if (!failed.isEmpty()) {
            throw new NumericsException(diagnosis(failed, NumericEnvironment.current(), SettingProbe.passingSettings()));
        }
    }

    /** The error message for {@code failed} checks in {@code environment}, with the settings that passed. */
    static String diagnosis(List<CheckOutcome> failed, NumericEnvironment environment, List<String> passing) {
        String remedy = passing.isEmpty()
                ? "No tried setting (" + SettingProbe.CANDIDATES + ") passed in a fresh JVM; run"
                        + " scripts/numerics-matrix.sh to see which operations fail where."
                : "A fresh JVM passes with: " + String.join(" | ", passing) + ". crbench's Maven build and"
                        + " scripts/crbench.sh set " + EngineSettings.asAssignments() + " for every JVM they start;"
                        + " set them in this JVM's environment (README, \"Numerics\").";
        return "PyTorch engine self-check failed: the engine computes wrong, non-finite or non-repeatable values here, so"
                + " no training or inference result of this JVM could be trusted.\n"
                + failed.stream().map(o -> "  " + o.describe()).collect(Collectors.joining("\n")) + "\n"
                + "Engine: " + environment.describe() + "\n" + remedy;
    }
}
