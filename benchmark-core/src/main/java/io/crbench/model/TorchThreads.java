package io.crbench.model;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.util.function.Supplier;

/**
 * Runs work on DJL's PyTorch engine with one intra-op thread. PyTorch's OpenMP workers wait for
 * each other at the end of every parallel operation; on a shared 2-core machine, where the other
 * worker is often descheduled, every one of the thousands of small operations of a training step
 * stalls. Measured here under the usual load of concurrent builds: training the AFD-Module for 150
 * steps took 7 s on one thread and 113 s on two, and the MobileNetV2 backbone classified a 224×224
 * image in 30 ms on one thread against 90–150 ms on two. Results are the same either way.
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
        Engine.getEngine("PyTorch");
        int before = JniUtils.getNumThreads();
        JniUtils.setNumThreads(1);
        try {
            return work.get();
        } finally {
            JniUtils.setNumThreads(before);
        }
    }
}
