package io.crbench.train;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import io.crbench.image.Image8;
import java.util.List;

/** A small conv net and training images that keep training tests to a second or two. */
final class TinyNetworks {
    static final List<Image8> IMAGES = List.of(
            Image8.generate(48, 40, 3, (x, y, c) -> (x * 9 + y * 4 + c * 70) % 256),
            Image8.generate(40, 40, 3, (x, y, c) -> 128 + (int) (100 * Math.sin(x * 0.3 + c) * Math.cos(y * 0.2))));

    private TinyNetworks() {
    }

    /** conv 3×3 (3→8), ReLU, conv 3×3 (8→3). */
    static Block convNet() {
        return new SequentialBlock()
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(8).build())
                .add(Activation::relu)
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(3).build());
    }
}
