package io.crbench.baselines.restorers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.util.PairList;
import io.crbench.nn.AlignedConv2d;
import java.util.ArrayList;
import java.util.List;

/**
 * The N2N-CAR restorer of seed 001 (dos Reis, Hung, Silva, §III-A): the Noise2Noise U-Net of
 * Lehtinen et al. (2018, appendix Table 2) with the learned 2×2 up-convolutions that §III-A describes
 * ("the feature map is augmented by 2×2 convolution"), which brings the network to the paper's
 * 23 convolution layers. Input and output are NCHW RGB in [0,1]; the output is the restored image
 * itself, not a residual, because §III-A says the output "represents the restored image" and
 * Lehtinen's last layer is a linear convolution producing the image. The output is not clamped so
 * that the L2 loss of Eq. (1) keeps its gradient everywhere.
 *
 * <p>Layers, with {@code w = width} (48 in Lehtinen's table) and {@code n = 3}:
 * <pre>
 *  #  name         kind                 channels out    resolution
 *  1  ENC_CONV0    conv 3×3 + ReLU      w               1
 *  2  ENC_CONV1    conv 3×3 + ReLU      w               1     then POOL1 (max 2×2, stride 2)
 *  3  ENC_CONV2    conv 3×3 + ReLU      w               1/2   then POOL2
 *  4  ENC_CONV3    conv 3×3 + ReLU      w               1/4   then POOL3
 *  5  ENC_CONV4    conv 3×3 + ReLU      w               1/8   then POOL4
 *  6  ENC_CONV5    conv 3×3 + ReLU      w               1/16  then POOL5
 *  7  ENC_CONV6    conv 3×3 + ReLU      w               1/32
 *  8  UPCONV5      up-conv 2×2          w               1/16  concat POOL4 → 2w
 *  9  DEC_CONV5A   conv 3×3 + ReLU      2w
 * 10  DEC_CONV5B   conv 3×3 + ReLU      2w
 * 11  UPCONV4      up-conv 2×2          2w              1/8   concat POOL3 → 3w
 * 12  DEC_CONV4A   conv 3×3 + ReLU      2w
 * 13  DEC_CONV4B   conv 3×3 + ReLU      2w
 * 14  UPCONV3      up-conv 2×2          2w              1/4   concat POOL2 → 3w
 * 15  DEC_CONV3A   conv 3×3 + ReLU      2w
 * 16  DEC_CONV3B   conv 3×3 + ReLU      2w
 * 17  UPCONV2      up-conv 2×2          2w              1/2   concat POOL1 → 3w
 * 18  DEC_CONV2A   conv 3×3 + ReLU      2w
 * 19  DEC_CONV2B   conv 3×3 + ReLU      2w
 * 20  UPCONV1      up-conv 2×2          2w              1     concat INPUT → 2w + n
 * 21  DEC_CONV1A   conv 3×3 + ReLU      4w/3 (64 at w = 48)
 * 22  DEC_CONV1B   conv 3×3 + ReLU      2w/3 (32 at w = 48)
 * 23  DEC_CONV1C   conv 3×3, linear     n
 * </pre>
 * Lehtinen's table uses parameter-free nearest-neighbour UPSAMPLE steps (18 convolutions). Each
 * up-convolution here is that ×2 nearest-neighbour upsampling followed by a learned 2×2
 * convolution, the form Ronneberger et al. (the paper's ref. [19]) describe, with one row and column
 * of zero padding at the top and left so the map keeps its upsampled size; all 23 layers are
 * {@link Conv2d} blocks (DJL 0.32's PyTorch engine has no transposed convolution).
 * Activations are ReLU as §III-A states (Lehtinen uses leaky ReLU 0.1); weights use He
 * initialisation as in Lehtinen et al. A trainer whose configuration names its own initializer
 * overrides it.
 *
 * <p>Sides that are not multiples of {@link #DOWNSAMPLING} are padded at the bottom and right by
 * edge replication and the output is cropped back to the input size. Replication works for any
 * side (reflection cannot pad more than side − 1 pixels). Padding only below and to the right keeps
 * the image's 8×8 JPEG grid aligned with the pooling grid and makes the crop a plain prefix slice.
 */
public final class UNetCar extends AbstractBlock {

    /** Channel count of Lehtinen et al.'s Table 2; seed 001 states no other. */
    public static final int PAPER_WIDTH = 48;

    /** Narrower width for the CPU "ci" scale; depth and topology are unchanged. */
    public static final int CI_WIDTH = 16;

    /** Total downsampling factor of the five 2×2 max-pools. */
    public static final int DOWNSAMPLING = 32;

    private static final byte VERSION = 1;
    private static final int POOLS = 5;
    private static final int IMAGE_CHANNELS = 3;
    /** 2×2: window and stride of the max-pools, kernel of the up-convolutions. */
    private static final Shape WINDOW = new Shape(2, 2);

    private final Block outputConv;
    private final int width;
    private final List<Block> encoders = new ArrayList<>();
    private final List<Block> upConvolutions = new ArrayList<>();
    private final List<Block> decoders = new ArrayList<>();

    /** The paper-scale network ({@link #PAPER_WIDTH} channels). */
    public UNetCar() {
        this(PAPER_WIDTH);
    }

    /**
     * @param width encoder channel count {@code w}; the decoder uses {@code 2w}, {@code 4w/3} and
     *     {@code 2w/3} as in Lehtinen's 48/96/64/32
     */
    public UNetCar(int width) {
        super(VERSION);
        if (width < 3) {
            throw new IllegalArgumentException("width must be at least 3, got " + width);
        }
        this.width = width;
        this.outputConv = conv3x3(IMAGE_CHANNELS);
        encoders.add(addChildBlock("enc_conv0_1", new SequentialBlock()
                .addAll(convRelu(width), convRelu(width))));
        for (int i = 2; i <= 6; i++) {
            encoders.add(addChildBlock("enc_conv" + i, convRelu(width)));
        }
        for (int level = POOLS; level >= 1; level--) {
            int channels = level == POOLS ? width : 2 * width;
            upConvolutions.add(addChildBlock("upconv" + level, new AlignedConv2d(Conv2d.builder().setKernelShape(WINDOW)
                    .optPadding(new Shape(1, 1)).setFilters(channels))));
            decoders.add(addChildBlock("dec_conv" + level, level > 1
                    ? new SequentialBlock().addAll(convRelu(2 * width), convRelu(2 * width))
                    : new SequentialBlock().addAll(convRelu(4 * width / 3), convRelu(2 * width / 3), outputConv)));
        }
        // He initialisation suits the ReLU stack (Lehtinen et al. use it too).
        setInitializer(new XavierInitializer(XavierInitializer.RandomType.GAUSSIAN,
                XavierInitializer.FactorType.IN, 2), Parameter.Type.WEIGHT);
    }

    /**
     * Starts the last convolution near zero (weights N(0, 10⁻³)), so that inside a global residual
     * (output = input + U-Net) the untrained network is the identity and training can only refine
     * the JPEG input; the CI-scale recipe uses this to gain within a few hundred steps.
     */
    public UNetCar startingNearZero() {
        outputConv.setInitializer(new NormalInitializer(1e-3f), Parameter.Type.WEIGHT);
        return this;
    }

    /** Encoder channel count {@code w}. */
    public int width() {
        return width;
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray image = inputs.singletonOrThrow();
        long height = image.getShape().get(2);
        long imageWidth = image.getShape().get(3);
        NDArray input = replicatePad(image);
        // skips.get(k) is INPUT for k = 0 and POOLk otherwise.
        List<NDArray> skips = new ArrayList<>();
        skips.add(input);
        NDArray x = input;
        for (int i = 0; i < encoders.size(); i++) {
            x = apply(encoders.get(i), parameterStore, x, training, params);
            if (i < POOLS) {
                x = Pool.maxPool2d(x, WINDOW, WINDOW, new Shape(0, 0), false);
                skips.add(x);
            }
        }
        for (int i = 0; i < upConvolutions.size(); i++) {
            // Symmetric padding 1 of the 2×2 kernel yields one extra row and column; drop the last.
            x = apply(upConvolutions.get(i), parameterStore, x.repeat(2, 2).repeat(3, 2), training, params)
                    .get(":, :, :-1, :-1");
            x = x.concat(skips.get(POOLS - 1 - i), 1);
            x = apply(decoders.get(i), parameterStore, x, training, params);
        }
        return new NDList(x.get(new NDIndex(":, :, :{}, :{}", height, imageWidth)));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), IMAGE_CHANNELS, in.get(2), in.get(3))};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        Shape input = new Shape(in.get(0), in.get(1), paddedSide(in.get(2)), paddedSide(in.get(3)));
        List<Shape> skips = new ArrayList<>();
        skips.add(input);
        Shape x = input;
        for (int i = 0; i < encoders.size(); i++) {
            x = initialize(encoders.get(i), manager, dataType, x);
            if (i < POOLS) {
                x = new Shape(x.get(0), x.get(1), x.get(2) / 2, x.get(3) / 2);
                skips.add(x);
            }
        }
        for (int i = 0; i < upConvolutions.size(); i++) {
            Shape upsampled = new Shape(x.get(0), x.get(1), 2 * x.get(2), 2 * x.get(3));
            long channels = initialize(upConvolutions.get(i), manager, dataType, upsampled).get(1);
            Shape skip = skips.get(POOLS - 1 - i);
            x = new Shape(skip.get(0), channels + skip.get(1), skip.get(2), skip.get(3));
            x = initialize(decoders.get(i), manager, dataType, x);
        }
    }

    private static Shape initialize(Block block, NDManager manager, DataType dataType, Shape input) {
        block.initialize(manager, dataType, input);
        return block.getOutputShapes(new Shape[] {input})[0];
    }

    private static NDArray apply(Block block, ParameterStore parameterStore, NDArray x, boolean training,
            PairList<String, Object> params) {
        return block.forward(parameterStore, new NDList(x), training, params).singletonOrThrow();
    }

    private static long paddedSide(long side) {
        return (side + DOWNSAMPLING - 1) / DOWNSAMPLING * DOWNSAMPLING;
    }

    private static NDArray replicatePad(NDArray image) {
        Shape s = image.getShape();
        long n = s.get(0);
        long c = s.get(1);
        long h = s.get(2);
        long w = s.get(3);
        long padH = paddedSide(h) - h;
        long padW = paddedSide(w) - w;
        NDArray out = image;
        if (padH > 0) {
            out = out.concat(out.get(":, :, -1:, :").broadcast(new Shape(n, c, padH, w)), 2);
        }
        if (padW > 0) {
            out = out.concat(out.get(":, :, :, -1:").broadcast(new Shape(n, c, h + padH, padW)), 3);
        }
        return out;
    }

    private static Block conv3x3(int filters) {
        return new AlignedConv2d(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                .setFilters(filters));
    }

    private static Block convRelu(int filters) {
        return new SequentialBlock().add(conv3x3(filters)).add(Activation.reluBlock());
    }
}
