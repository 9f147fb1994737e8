package io.crbench.numerics;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every known-answer check of the engine, as a unit test of its own, in the engine settings the
 * build gives its test JVMs ({@link EngineSettings}).
 */
class KnownAnswerCatalogTest {
    private static NDManager manager;

    @BeforeAll
    static void engine() {
        manager = NDManager.newBaseManager(PyTorchEngine.NAME);
    }

    @AfterAll
    static void close() {
        manager.close();
    }

    static Stream<NumericCheck> checks() {
        return KnownAnswerCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void agreesWithItsDoublePrecisionReferenceAndRepeatsBitForBit(NumericCheck check) {
        CheckOutcome outcome = check.run(manager, EngineSelfCheck.REPETITIONS);

        assertThat(outcome.passed()).as(outcome.describe()).isTrue();
    }

    @Test
    void checkNamesAreUniqueAndTheSelfCheckIsASubsetOfTheCatalog() {
        List<String> all = KnownAnswerCatalog.all().stream().map(NumericCheck::name).toList();
        List<String> self = KnownAnswerCatalog.selfCheck().stream().map(NumericCheck::name).toList();

        assertThat(all).doesNotHaveDuplicates();
        assertThat(all).containsAll(self);
        assertThat(self).contains("conv2d_3x3_backward[4x8x16x16->3]", "conv2d_3x3_backward[4x3x16x16->8]");
    }

    @Test
    void theTestJvmRunsWithCrbenchsEngineSettings() {
        NumericEnvironment env = NumericEnvironment.current();

        assertThat(env.onednnIsa()).isEqualTo(EngineSettings.ONEDNN_ISA);
        assertThat(env.atenCapability()).isEqualTo(EngineSettings.ATEN_CAPABILITY);
        assertThat(env.mklCbwr()).isEqualTo(EngineSettings.MKL_CBWR);
    }
}
