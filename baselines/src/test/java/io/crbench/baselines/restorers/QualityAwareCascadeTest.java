package io.crbench.baselines.restorers;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link QualityAwareCascade}: quality estimator plus three modulated stages of seed 004 §III-B. */
class QualityAwareCascadeTest extends PyTorchTest {

    private static final Shape ODD = new Shape(2, 3, 37, 45);

    @Test
    void hasAnEstimatorAndThreeStages() {
        QualityAwareCascade cascade = new QualityAwareCascade(QualityAwareConfig.ci());

        assertThat(cascade.estimator()).isInstanceOf(QualityAwareEstimator.class);
        assertThat(cascade.stages()).hasSize(3).allMatch(QualityAwareStage.class::isInstance);
    }

    @ParameterizedTest(name = "{0} config, {1}×{2}")
    @CsvSource({"ci, 37, 45", "ci, 5, 3", "full, 13, 11"})
    void restoresToTheInputShapeAndEstimatesAQualityInTheUnitInterval(String scale, int height, int width) {
        Shape shape = new Shape(2, 3, height, width);
        QualityAwareCascade cascade = initialized(config(scale), shape);

        NDList out = cascade.forward(new ParameterStore(manager, false),
                new NDList(manager.randomUniform(0, 1, shape)), false);

        assertThat(out).hasSize(2);
        assertThat(out.get(0).getShape()).isEqualTo(shape);
        assertThat(out.get(1).getShape()).isEqualTo(new Shape(2, 1));
        for (float q : out.get(1).toFloatArray()) {
            assertThat(q).isBetween(0f, 1f);
        }
    }

    @ParameterizedTest(name = "{0} config")
    @CsvSource({"ci", "full"})
    void reportsItsParameterCount(String scale) {
        QualityAwareCascade cascade = initialized(config(scale), ODD);

        long total = parameterCount(cascade);
        long estimator = parameterCount(cascade.estimator());
        System.out.printf("QualityAwareCascade %s %s: %,d parameters (estimator %,d, stage %,d)%n", scale,
                cascade.config(), total, estimator, parameterCount(cascade.stages().get(0)));

        assertThat(total).isEqualTo(estimator + 3 * parameterCount(cascade.stages().get(0)));
    }

    @Test
    void theEstimatedQualityModulatesTheProcessingBlocks() {
        QualityAwareProcessingBlock block = new QualityAwareProcessingBlock(8);
        Shape features = new Shape(1, 8, 9, 11);
        block.initialize(manager, DataType.FLOAT32, features, new Shape(1, 1));
        ParameterStore store = new ParameterStore(manager, false);
        NDArray x = manager.randomUniform(0, 1, features);

        NDArray low = block.forward(store, new NDList(x, manager.create(new float[] {0.1f}, new Shape(1, 1))), false)
                .singletonOrThrow();
        NDArray high = block.forward(store, new NDList(x, manager.create(new float[] {0.9f}, new Shape(1, 1))), false)
                .singletonOrThrow();

        assertThat(low.getShape()).isEqualTo(features);
        assertThat(low.allClose(high)).isFalse();
    }

    @Test
    void oneBackwardPassGivesAFiniteLossAndReachesTheEstimator() {
        QualityAwareCascade cascade = initialized(QualityAwareConfig.ci(), ODD);
        NDArray degraded = manager.randomUniform(0, 1, ODD);
        NDList labels = new NDList(manager.randomUniform(0, 1, ODD), manager.create(new float[] {0.1f, 0.9f}));

        float loss;
        float estimatorGradient;
        float lastStageGradient;
        try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
            NDList predictions = cascade.forward(new ParameterStore(manager, false), new NDList(degraded), true);
            NDArray value = new QualityAwareLoss().evaluate(labels, predictions);
            collector.backward(value);
            loss = value.getFloat();
            estimatorGradient = gradientNorm(cascade.estimator());
            lastStageGradient = gradientNorm(cascade.stages().get(2));
        }

        assertThat(loss).isFinite().isPositive();
        assertThat(estimatorGradient).isFinite().isPositive();
        assertThat(lastStageGradient).isFinite().isPositive();
    }

    @Test
    void initialisationIsDeterministicForAFixedSeed() {
        assertSeededInitialisationIsDeterministic(11, () -> new QualityAwareCascade(QualityAwareConfig.ci()), ODD);
    }

    private QualityAwareCascade initialized(QualityAwareConfig config, Shape input) {
        QualityAwareCascade cascade = new QualityAwareCascade(config);
        cascade.initialize(manager, DataType.FLOAT32, input);
        return cascade;
    }

    private static QualityAwareConfig config(String scale) {
        return "full".equals(scale) ? QualityAwareConfig.full() : QualityAwareConfig.ci();
    }

    /** Sum of |gradient| over the weights of the block's first parameter. */
    private static float gradientNorm(Block block) {
        return block.getParameters().get(0).getValue().getArray().getGradient().abs().sum().getFloat();
    }

    private static long parameterCount(Block block) {
        return block.getParameters().values().stream().mapToLong(p -> p.getArray().size()).sum();
    }
}
