package io.crbench.restore;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.crbench.image.Image8;
import io.crbench.model.InferenceNetwork;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Restorer} running a trained DJL network (NCHW RGB in [0, 1] → same shape in [0, 1]) on
 * whole images: the image as floats {@code sample / 255}, one forward pass in inference mode
 * (BatchNorm uses its running statistics), the output clamped to [0, 1], ×255 and rounded.
 *
 * <p>Gray images go through the network as RGB (three equal channels, as the networks are trained
 * on RGB) and come back with PIL's {@code convert("L")}, {@code (19595 R + 38470 G + 7471 B + 2^15) >> 16}
 * (PIL's fixed-point form of {@code L = R·299/1000 + G·587/1000 + B·114/1000}), so a gray input gives
 * a gray output as every paper's PIL pipeline would.
 *
 * <p>Images are not tiled. DJL frees a forward pass's intermediate arrays only when the pass ends,
 * so the peak memory is the sum of all layers' activations: on a 768×512 image (LIVE1's largest),
 * measured on CPU, 0.6 GB for AR-CNN, 1.2 GB for the CI DnCNN and 4.8 GB for the 17-layer DnCNN,
 * which is affordable. Networks that downsample can ask for sides padded to a multiple (replicated
 * edge pixels, cut off again afterwards). Calls are serialised; the engine uses the cores.
 * Closing the restorer closes the model.
 */
public final class BlockRestorer implements Restorer {
    /**
     * Pixels per forward pass in {@link #restoreAll} (128 CIFAR images, two 224² crops): bounds the
     * activations held at once to a third of a 768×512 image's, which is measured affordable.
     */
    private static final int PIXELS_PER_PASS = 128 * 32 * 32;

    private final String id;
    private final InferenceNetwork network;
    private final int sizeMultiple;

    /** A restorer for networks that take any image size. */
    public BlockRestorer(String id, Model model) {
        this(id, model, 1);
    }

    /**
     * @param id the restorer id, e.g. {@code arcnn(q=10,ci)}
     * @param model a model whose block holds trained weights; owned from now on
     * @param sizeMultiple input sides are padded up to a multiple of this (1 for none)
     */
    public BlockRestorer(String id, Model model, int sizeMultiple) {
        if (sizeMultiple < 1) {
            throw new IllegalArgumentException("size multiple must be positive, got " + sizeMultiple);
        }
        this.id = id;
        this.network = new InferenceNetwork(model);
        this.sizeMultiple = sizeMultiple;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public synchronized Image8 restore(Image8 degraded) {
        Image8 rgb = degraded.toRgb();
        Image8 padded = padToMultiple(rgb);
        Image8 restored;
        try (NDManager manager = network.newSubManager()) {
            Shape shape = new Shape(1, ImageTensors.CHANNELS, padded.height(), padded.width());
            NDArray input = manager.create(ImageTensors.toChw(padded), shape);
            NDArray output = network.sameShapeOutput(input, id);
            restored = ImageTensors.fromChw(output.toFloatArray(), 0, padded.width(), padded.height());
        }
        if (padded != rgb) {
            restored = restored.crop(0, 0, rgb.width(), rgb.height());
        }
        return degraded.isGray() ? toGrayLikePil(restored) : restored;
    }

    /**
     * Images of one shape go through the network together, as many at a time as make
     * {@value #PIXELS_PER_PASS} pixels (at least one); a list of mixed shapes
     * is restored one image at a time. Each image's result is that of {@link #restore} up to
     * floating-point reassociation inside the engine's batched kernels.
     */
    @Override
    public synchronized List<Image8> restoreAll(List<Image8> degraded) {
        if (degraded.isEmpty() || !degraded.stream().allMatch(img -> img.sameShape(degraded.get(0)))) {
            return Restorer.super.restoreAll(degraded);
        }
        int batch = Math.max(1, PIXELS_PER_PASS / padToMultiple(degraded.get(0)).pixelCount());
        List<Image8> out = new ArrayList<>(degraded.size());
        for (int start = 0; start < degraded.size(); start += batch) {
            out.addAll(restoreBatch(degraded.subList(start, Math.min(degraded.size(), start + batch))));
        }
        return out;
    }

    private List<Image8> restoreBatch(List<Image8> batch) {
        List<Image8> padded = batch.stream().map(img -> padToMultiple(img.toRgb())).toList();
        Image8 first = padded.get(0);
        int values = ImageTensors.CHANNELS * first.pixelCount();
        float[] input = new float[batch.size() * values];
        for (int i = 0; i < batch.size(); i++) {
            ImageTensors.writeChw(padded.get(i), input, i * values);
        }
        float[] output;
        try (NDManager manager = network.newSubManager()) {
            Shape shape = new Shape(batch.size(), ImageTensors.CHANNELS, first.height(), first.width());
            output = network.sameShapeOutput(manager.create(input, shape), id).toFloatArray();
        }
        List<Image8> restored = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Image8 source = batch.get(i);
            Image8 r = ImageTensors.fromChw(output, i * values, first.width(), first.height());
            if (r.width() != source.width() || r.height() != source.height()) {
                r = r.crop(0, 0, source.width(), source.height());
            }
            restored.add(source.isGray() ? toGrayLikePil(r) : r);
        }
        return restored;
    }

    /** The image with replicated right and bottom edges up to sides divisible by the size multiple. */
    private Image8 padToMultiple(Image8 img) {
        int w = ceilToMultiple(img.width());
        int h = ceilToMultiple(img.height());
        if (w == img.width() && h == img.height()) {
            return img;
        }
        return Image8.generate(w, h, img.channels(),
                (x, y, c) -> img.sample(Math.min(x, img.width() - 1), Math.min(y, img.height() - 1), c));
    }

    private int ceilToMultiple(int n) {
        return (n + sizeMultiple - 1) / sizeMultiple * sizeMultiple;
    }

    /** PIL's {@code Image.convert("L")} of an RGB image. */
    static Image8 toGrayLikePil(Image8 rgb) {
        return Image8.generate(rgb.width(), rgb.height(), 1,
                (x, y, c) -> (19595 * rgb.sample(x, y, 0) + 38470 * rgb.sample(x, y, 1) + 7471 * rgb.sample(x, y, 2)
                        + 0x8000) >> 16);
    }

    @Override
    public void close() {
        network.close();
    }

    @Override
    public String toString() {
        return id;
    }
}
