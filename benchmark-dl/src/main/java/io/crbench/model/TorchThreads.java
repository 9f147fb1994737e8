package io.crbench.model;

import ai.djl.pytorch.jni.JniUtils;
import io.crbench.numerics.PyTorchEngine;
import java.util.function.Supplier;

/**
 * Runs work on DJL's PyTorch engine with one intra-op thread, for work made of many small
 * operations (training a small network on small patches). PyTorch's OpenMP workers meet at the end
 * of every parallel operation; on a shared 2-core machine the partner is often descheduled, and
 * each of the thousands of small operations of a training step waits for it. Measured here at load
 * 5–7 (concurrent builds): 150 AFD-Module training steps took 113 s on two threads with spinning
 * waits, 13–18 s on two with {@code OMP_WAIT_POLICY=PASSIVE}, and 3–4 s on one. Large operations
 * (a 224×224 backbone forward pass) gain nothing from it under load. Results are the same either
 * way.
 *
 * <p>The thread count is global to the process, so calls are serialised and the previous count is
 * restored afterwards.
 */
public final class TorchThreads {
    private TorchThreads() {
    }

    /** The result of {@code work}, computed with one PyTorch intra-op thread. */
    public static synchronized <T> T singleThreaded(Supplier<T> work) {
        // Loads the native library before its thread settings are touched.
        PyTorchEngine.checked();
        int before = JniUtils.getNumThreads();
        JniUtils.setNumThreads(1);
        try {
            return work.get();
        } finally {
            JniUtils.setNumThreads(before);
        }
    }
}
