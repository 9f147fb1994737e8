package io.crbench.baselines.afd;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import io.crbench.model.FeatureEnhancer;
import io.crbench.train.TrainedModel;
import io.crbench.train.TrainingRun;

/**
 * A trained AFD-Module as it is deployed (seed 002 §III-C): FE-Net re-parameterised, weights frozen,
 * run in inference mode on the features of a frozen backbone. Owns its own copy of the weights,
 * so the training-form model may be shared or closed independently.
 */
public final class DeployedAfd implements FeatureEnhancer {
    private final String id;
    private final Model model;
    private final AfdModule module;
    private final ParameterStore parameters;

    private DeployedAfd(String id, Model model, AfdModule module) {
        this.id = id;
        this.model = model;
        this.module = module;
        this.parameters = new ParameterStore(model.getNDManager(), false);
        // Without gradients the engine keeps no autograd graph during inference.
        module.freezeParameters(true);
    }

    /**
     * The deployed form of {@code trained} (a model whose block is an {@link AfdOnBackbone}),
     * for square RGB images of side {@code imageSize}.
     */
    public static DeployedAfd of(String id, TrainedModel trained, int imageSize) {
        if (!(trained.model().getBlock() instanceof AfdOnBackbone training)) {
            throw new IllegalArgumentException(id + ": the trained model holds " + trained.model().getBlock()
                    + ", not an AFD-Module on a backbone");
        }
        Model model = TrainingRun.newModel(id, null);
        try {
            Shape rgb = new Shape(1, 3, imageSize, imageSize);
            AfdModule deployed = training.module().deployed(model.getNDManager(), rgb,
                    training.featureShape(model.getNDManager(), rgb));
            model.setBlock(deployed);
            return new DeployedAfd(id, model, deployed);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /** The re-parameterised module. */
    public AfdModule module() {
        return module;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int stage() {
        return module.config().stage();
    }

    @Override
    public NDArray enhance(NDArray rgb, NDArray features) {
        return module.forward(parameters, new NDList(rgb, features), false).singletonOrThrow();
    }

    @Override
    public void close() {
        model.close();
    }
}
