package io.crbench.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crbench.image.CenterCrop;
import io.crbench.image.Image8;
import io.crbench.image.ShorterSideResize;
import io.crbench.model.InputNormalization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How a data set image becomes a model input, as a classifier's own evaluation code does it: an
 * optional PIL-bilinear resize of the shorter side and centre crop, then per-channel normalisation.
 * Conditions (compression) act on the cropped input, as in ImageNet-C and in crbench's suites.
 *
 * @param name preset name or the spec file's name, for rows and the summary
 * @param resizeShorterSide shorter side after resizing, 0 for no resize
 * @param inputSize side of the square model input (the crop); images must reach it
 * @param normalization mean/std per channel
 */
public record Preprocessing(String name, int resizeShorterSide, int inputSize, InputNormalization normalization) {
    /** torchvision's ImageNet evaluation: resize 256, centre crop 224, ImageNet mean/std. */
    public static Preprocessing imageNet() {
        return new Preprocessing("imagenet", 256, 224, InputNormalization.IMAGENET);
    }

    /** CIFAR-10 images as they are (32×32), CIFAR-10 training mean/std. */
    public static Preprocessing cifar() {
        return new Preprocessing("cifar", 0, 32, new InputNormalization(
                new double[] {0.4914, 0.4822, 0.4465}, new double[] {0.2470, 0.2435, 0.2616}));
    }

    public Preprocessing {
        if (inputSize <= 0 || resizeShorterSide < 0 || (resizeShorterSide > 0 && resizeShorterSide < inputSize)) {
            throw new IllegalArgumentException("preprocessing " + name + ": input size must be positive and a resize (if"
                    + " any) at least the input size, got resize " + resizeShorterSide + ", input " + inputSize);
        }
    }

    /**
     * {@code imagenet}, {@code cifar}, or a JSON file
     * {@code {"resize": 256, "crop": 224, "mean": [r, g, b], "std": [r, g, b]}} (mean and std on the
     * [0, 1] scale; {@code resize} 0 or absent for none).
     */
    public static Preprocessing parse(String spec) {
        switch (spec.toLowerCase(Locale.ROOT)) {
            case "imagenet":
                return imageNet();
            case "cifar":
                return cifar();
            default:
                return fromJson(Path.of(spec));
        }
    }

    private static Preprocessing fromJson(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--preprocess " + file + ": neither a preset (imagenet, cifar) nor a"
                    + " readable JSON file");
        }
        try {
            JsonNode n = new ObjectMapper().readTree(file.toFile());
            if (n == null || !n.has("crop") || !n.has("mean") || !n.has("std")) {
                throw new IllegalArgumentException("preprocessing file " + file + " needs \"crop\", \"mean\" and \"std\""
                        + " (and optionally \"resize\")");
            }
            return new Preprocessing(file.getFileName().toString(), n.path("resize").asInt(0), n.get("crop").asInt(),
                    new InputNormalization(triple(n, "mean", file), triple(n, "std", file)));
        } catch (IOException e) {
            throw new IllegalArgumentException("preprocessing file " + file + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static double[] triple(JsonNode n, String key, Path file) {
        JsonNode a = n.get(key);
        if (!a.isArray() || a.size() != 3) {
            throw new IllegalArgumentException("preprocessing file " + file + ": \"" + key + "\" must be 3 numbers (R, G, B)");
        }
        return new double[] {a.get(0).asDouble(), a.get(1).asDouble(), a.get(2).asDouble()};
    }

    /** The model input for {@code image} ({@code source} names it in errors), RGB. */
    public Image8 apply(Image8 image, String source) {
        Image8 sized = image;
        if (resizeShorterSide > 0) {
            sized = CenterCrop.apply(ShorterSideResize.apply(image, resizeShorterSide), inputSize, inputSize);
        } else if (image.width() != inputSize || image.height() != inputSize) {
            throw new IllegalArgumentException(source + " is " + image.width() + "x" + image.height() + " but preprocessing '"
                    + name + "' feeds it unresized to a " + inputSize + "x" + inputSize + " input; give a resize");
        }
        return sized.toRgb();
    }
}
