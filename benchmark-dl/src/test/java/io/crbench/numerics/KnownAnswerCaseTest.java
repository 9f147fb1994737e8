package io.crbench.numerics;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The checks can fail: each kind of defect seen on the AVX-512 machine (wrong values, NaN,
 * run-to-run differences, wrong gradients with a right forward pass) is simulated by an operation
 * that has it, and the check reports it.
 */
class KnownAnswerCaseTest {
    private static final ReferenceOp SQUARE = ReferenceOps.elementwise(new ReferenceOps.Elementwise() {
        @Override
        public double value(double v) {
            return v * v;
        }

        @Override
        public double derivative(double v) {
            return 2 * v;
        }
    });
    private static CheckOutcome check(TorchOp op) {
        try (NDManager manager = NDManager.newBaseManager(PyTorchEngine.NAME)) {
            return new KnownAnswerCase("square[64]", List.of(new long[] {64}), op, SQUARE, true,
                    KnownAnswerCase.FLOAT32_TOLERANCE).run(manager, 3);
        }
    }

    @Test
    void theCorrectOperationPasses() {
        assertThat(check(in -> in.get(0).mul(in.get(0))).passed()).isTrue();
    }

    @Test
    void aValueOffByTenToleranceFails() {
        CheckOutcome outcome = check(in -> in.get(0).mul(in.get(0)).add(1e-3f));

        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.forwardError()).isGreaterThan(outcome.tolerance());
    }

    @Test
    void aNonFiniteValueFails() {
        CheckOutcome outcome = check(in -> in.get(0).mul(in.get(0)).div(in.get(0).mul(0f)));

        assertThat(outcome.finite()).isFalse();
        assertThat(outcome.passed()).isFalse();
    }

    @Test
    void aRightForwardPassWithAWrongGradientFails() {
        // x · stop_gradient(x): the value is x², the gradient x instead of 2x.
        CheckOutcome outcome = check(in -> in.get(0).mul(in.get(0).stopGradient()));

        assertThat(outcome.forwardError()).isLessThan(outcome.tolerance());
        assertThat(outcome.gradientError()).isGreaterThan(outcome.tolerance());
        assertThat(outcome.passed()).isFalse();
    }

    @Test
    void anOperationThatDiffersBetweenRunsFailsEvenWithinTolerance() {
        AtomicInteger run = new AtomicInteger();
        CheckOutcome outcome = check(in -> {
            NDArray y = in.get(0).mul(in.get(0));
            // A last-bit difference on every second run, far inside the tolerance: a race's signature.
            return run.getAndIncrement() % 2 == 0 ? y : y.mul(1 + 1e-6f);
        });

        assertThat(outcome.forwardError()).isLessThan(outcome.tolerance());
        assertThat(outcome.repeatable()).isFalse();
        assertThat(outcome.passed()).isFalse();
    }
}
