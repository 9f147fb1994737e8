package io.crbench.numerics;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * {@link Scalars} keeps the gradient right where DJL's own scalar arithmetic loses it: a garbage
 * collection between the forward and the backward pass frees DJL's constant, and the memory is
 * handed out again before autograd reads it.
 */
class ScalarsTest {
    private static final float FACTOR = 3f;

    /** The gradient of {@code sum(op(x, 3))} with a collection and fresh allocations before the backward pass. */
    private static float[] gradientAfterCollection(BiFunction<NDArray, Float, NDArray> op) throws InterruptedException {
        try (NDManager manager = PyTorchEngine.newManager()) {
            NDArray x = manager.ones(new Shape(8));
            x.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getEngine(PyTorchEngine.NAME).newGradientCollector()) {
                NDArray y = op.apply(x, FACTOR).sum();
                List<ByteBuffer> reuse = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    System.gc();
                    Thread.sleep(50);
                    for (int k = 0; k < 1000; k++) {
                        reuse.add(ByteBuffer.allocateDirect(4).putFloat(0, -1f));
                    }
                }
                collector.backward(y);
            }
            return x.getGradient().toFloatArray();
        }
    }

    @Test
    void theGradientSurvivesAGarbageCollection() throws InterruptedException {
        assertThat(gradientAfterCollection(Scalars::times)).containsOnly(FACTOR);
        assertThat(gradientAfterCollection(Scalars::dividedBy)).containsOnly(1 / FACTOR);
    }

    @Test
    void djlsOwnScalarOperandIsFreedUnderAutograd() throws InterruptedException {
        // The defect Scalars exists for; when a DJL release fixes it, this fails and Scalars can go.
        // A collection frees the operand's memory only when the collector gets to it: a few tries.
        float[] exact = new float[8];
        Arrays.fill(exact, FACTOR);
        boolean corrupted = false;
        for (int attempt = 0; attempt < 5 && !corrupted; attempt++) {
            corrupted = !Arrays.equals(gradientAfterCollection(NDArray::mul), exact);
        }
        assertThat(corrupted).as("DJL's mul(Number) gradient after a garbage collection").isTrue();
    }

    @Test
    void valuesAreThoseOfTheEngineOperators() {
        try (NDManager manager = PyTorchEngine.newManager()) {
            NDArray x = manager.create(new float[] {-2f, 0.5f, 7f});
            assertThat(Scalars.times(x, 0.1f).toFloatArray()).containsExactly(x.mul(0.1f).toFloatArray());
            assertThat(Scalars.dividedBy(x, 0.3f).toFloatArray()).containsExactly(x.div(0.3f).toFloatArray());
        }
    }
}
