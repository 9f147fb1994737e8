package io.crbench.numerics;

import ai.djl.ndarray.NDManager;
import java.util.List;

/**
 * Runs the known-answer catalog in this JVM's engine configuration and prints one line per check,
 * after a header naming that configuration; exits 1 when a check fails. {@code scripts/numerics-matrix.sh}
 * runs it under each thread count and ISA cap to produce the evidence the README cites.
 *
 * <p>Arguments: {@code [repetitions] [all|self-check]} (default 20, all).
 */
public final class KnownAnswerMain {
    /** Second argument selecting {@link KnownAnswerCatalog#selfCheck()}. */
    static final String SELF_CHECK = "self-check";

    private KnownAnswerMain() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<NumericCheck> checks = args.length > 1 && args[1].equals(SELF_CHECK) ? KnownAnswerCatalog.selfCheck()
                : KnownAnswerCatalog.all();
        System.out.println("# " + NumericEnvironment.current().describe());
        int failed = 0;
        try (NDManager manager = NDManager.newBaseManager(PyTorchEngine.NAME)) {
            for (NumericCheck check : checks) {
                CheckOutcome outcome = check.run(manager, repetitions);
                if (!outcome.passed()) {
                    failed++;
                }
                System.out.println(outcome.describe());
            }
        }
        System.out.println("# " + failed + " of " + checks.size() + " checks failed");
        System.exit(failed == 0 ? 0 : 1);
    }
}
