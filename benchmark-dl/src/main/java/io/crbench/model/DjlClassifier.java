package io.crbench.model;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import io.crbench.image.Image8;
import io.crbench.numerics.PyTorchEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/**
 * A {@link Classifier} run by DJL (ONNX Runtime or PyTorch engine) from a local model file, with
 * no downloads: DJL is used offline. Batches larger than the model accepts are split. One
 * predictor serves all calls, so calls are serialised; the engine itself uses the cores.
 */
public final class DjlClassifier implements Classifier {
    private final ClassifierSpec spec;
    private final ZooModel<NDList, NDList> model;
    private final Predictor<NDList, NDList> predictor;
    private final NDManager manager;

    private DjlClassifier(ClassifierSpec spec, ZooModel<NDList, NDList> model) {
        this.spec = spec;
        this.model = model;
        this.predictor = model.newPredictor();
        this.manager = model.getNDManager().newSubManager();
    }

    /** Loads the model named by {@code spec}; a missing or unreadable file is a clear error. */
    public static DjlClassifier load(ClassifierSpec spec) {
        if (!Files.isRegularFile(spec.modelFile())) {
            throw new ModelLoadException("model file for " + spec.id() + " not found: " + spec.modelFile());
        }
        // crbench never fetches models: only local files, so DJL must not try its hubs.
        System.setProperty("ai.djl.offline", "true");
        if (spec.engine().equals(PyTorchEngine.NAME)) {
            PyTorchEngine.checked();
        }
        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(spec.modelFile())
                .optEngine(spec.engine())
                .optTranslator(new NoopTranslator())
                .build();
        try {
            return new DjlClassifier(spec, criteria.loadModel());
        } catch (IOException | ModelNotFoundException | MalformedModelException | RuntimeException e) {
            throw new ModelLoadException("cannot load " + spec.id() + " from " + spec.modelFile() + " with DJL engine "
                    + spec.engine() + ": " + e.getMessage(), e);
        }
    }

    public ClassifierSpec spec() {
        return spec;
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public int numClasses() {
        return spec.numClasses();
    }

    @Override
    public int inputSize() {
        return spec.inputSize();
    }

    @Override
    public synchronized float[][] logits(List<Image8> images) {
        float[][] out = new float[images.size()][];
        int size = spec.inputSize();
        for (int start = 0; start < images.size(); start += spec.maxBatch()) {
            List<Image8> batch = images.subList(start, Math.min(images.size(), start + spec.maxBatch()));
            float[] input = spec.normalization().toNchw(batch, size);
            try (NDManager scope = manager.newSubManager()) {
                NDArray x = scope.create(input, new Shape(batch.size(), 3, size, size));
                x.setName(spec.inputName());
                NDArray y = predictor.predict(new NDList(x)).singletonOrThrow();
                float[] flat = y.toFloatArray();
                if (flat.length != batch.size() * spec.numClasses()) {
                    throw new IllegalStateException(spec.id() + " returned " + flat.length + " scores for a batch of "
                            + batch.size() + ", expected " + spec.numClasses() + " per image");
                }
                for (int i = 0; i < batch.size(); i++) {
                    out[start + i] = new float[spec.numClasses()];
                    System.arraycopy(flat, i * spec.numClasses(), out[start + i], 0, spec.numClasses());
                }
            } catch (TranslateException e) {
                throw new IllegalStateException("inference failed in " + spec.id() + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    @Override
    public void close() {
        predictor.close();
        manager.close();
        model.close();
    }
}
