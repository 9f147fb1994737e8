package io.crbench.numerics;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;

/**
 * The way into DJL's PyTorch engine for crbench code: every model and manager it hands out comes
 * after {@link EngineSelfCheck} passed in this JVM, so nothing trains or infers on an engine that
 * computes garbage.
 */
public final class PyTorchEngine {
    /** DJL's name of the engine. */
    public static final String NAME = "PyTorch";

    private PyTorchEngine() {
    }

    /** The engine, once the self-check passed. */
    public static Engine checked() {
        // crbench never fetches anything: the engine's natives come from the Maven dependencies.
        System.setProperty("ai.djl.offline", "true");
        Engine engine = Engine.getEngine(NAME);
        EngineSelfCheck.ensurePassed();
        return engine;
    }

    /** A new base manager on the engine's default device. */
    public static NDManager newManager() {
        return checked().newBaseManager();
    }

    /** A new model named {@code name}. */
    public static Model newModel(String name) {
        checked();
        return Model.newInstance(name, NAME);
    }
}
