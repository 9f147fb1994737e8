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
 * passes (tried in child JVMs once, only when this one failed; later calls rethrow the same diagnosis).
 */
public final class EngineSelfCheck {
    /** Runs per check: the two-thread failures seen here were intermittent, so one run is not enough. */
    public static final int REPETITIONS = 3;

    /** Null before the check ran, empty when it passed, else the diagnosis (probing child JVMs is done once). */
    private static String failure;

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
        if (failure == null) {
            List<CheckOutcome> failed;
            try (NDManager manager = NDManager.newBaseManager(PyTorchEngine.NAME)) {
                failed = run(manager).stream().filter(o -> !o.passed()).toList();
            }
            failure = failed.isEmpty() ? ""
                    : diagnosis(failed, NumericEnvironment.current(), SettingProbe.passingSettings());
        }
        if (!failure.isEmpty()) {
            throw new NumericsException(failure);
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
