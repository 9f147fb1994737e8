package io.crbench.evaluate;

import io.crbench.files.Sha256;
import io.crbench.image.Image8;
import io.crbench.model.Classifier;
import io.crbench.model.ClassifierSpec;
import io.crbench.model.DjlClassifier;
import io.crbench.model.ModelLoadException;
import io.crbench.model.OnnxModelFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A team's classifier file: ONNX ({@code .onnx}, run by ONNX Runtime) or TorchScript ({@code .pt},
 * {@code .pth}, {@code .torchscript}, run by PyTorch), fed NCHW float input by {@link Preprocessing}
 * and expected to return one row of class scores per image.
 *
 * @param path the model file
 * @param id the model's id in rows (default: the file name without its extension)
 */
public record ModelFile(Path path, String id) {
    /** A model whose id is its file name without the extension. */
    public static ModelFile of(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return new ModelFile(path, dot > 0 ? name.substring(0, dot) : name);
    }

    /** The file's SHA-256, recorded with the per-image hits so shards of different models never merge. */
    public String sha256() {
        if (!Files.isRegularFile(path)) {
            throw new ModelLoadException("model file " + path + " does not exist");
        }
        try {
            return Sha256.of(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + path, e);
        }
    }

    /**
     * Loads the model and checks with one image that it returns {@code classCount} scores.
     *
     * @throws ModelLoadException naming the file: missing, unknown format, unloadable, or an output
     *     size that does not match the labels
     */
    public Classifier load(Preprocessing preprocessing, int classCount, int maxBatch) {
        if (!Files.isRegularFile(path)) {
            throw new ModelLoadException("model file " + path + " does not exist");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        ClassifierSpec spec;
        if (name.endsWith(".onnx")) {
            List<String> inputs;
            try {
                inputs = OnnxModelFile.read(path).inputNames();
            } catch (RuntimeException e) {
                throw new ModelLoadException("model file " + path + " is not a readable ONNX model: " + e.getMessage(), e);
            }
            if (inputs.size() != 1) {
                throw new ModelLoadException("model " + path + " has inputs " + inputs + "; an image classifier takes one");
            }
            spec = new ClassifierSpec(id, path, ClassifierSpec.ONNX_RUNTIME, inputs.get(0), preprocessing.inputSize(),
                    preprocessing.normalization(), maxBatch, classCount);
        } else if (name.endsWith(".pt") || name.endsWith(".pth") || name.endsWith(".torchscript")) {
            spec = new ClassifierSpec(id, path, ClassifierSpec.PYTORCH, "input", preprocessing.inputSize(),
                    preprocessing.normalization(), maxBatch, classCount);
        } else {
            throw new ModelLoadException("model file " + path + ": unknown format; give an .onnx or a TorchScript .pt file");
        }
        DjlClassifier classifier = DjlClassifier.load(spec);
        try {
            int side = preprocessing.inputSize();
            classifier.logits(List.of(Image8.generate(side, side, 3, (x, y, c) -> 128)));
        } catch (RuntimeException e) {
            classifier.close();
            throw new ModelLoadException("model " + path + " fails on one " + side(preprocessing) + " input, or its"
                    + " output does not have the " + classCount + " class scores the labels define: " + e.getMessage(), e);
        }
        return classifier;
    }

    private static String side(Preprocessing p) {
        return p.inputSize() + "x" + p.inputSize() + " RGB";
    }
}
