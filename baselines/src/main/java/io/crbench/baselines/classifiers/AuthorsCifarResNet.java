package io.crbench.baselines.classifiers;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import io.crbench.datasets.Datasets;
import io.crbench.model.BlockClassifier;
import io.crbench.model.FeatureBackbone;
import io.crbench.model.InputNormalization;
import io.crbench.model.LegacyTorchCheckpoint;
import io.crbench.model.ModelLoadException;
import io.crbench.nn.AlignedConv2d;
import io.crbench.train.StartingWeights;
import io.crbench.train.TrainingRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CIFAR-10 ResNets of He et al. (CVPR 2016, §4.2) with released trained weights
 * (akamaster/pytorch_resnet_cifar10, data set {@value Datasets#CIFAR10_RESNET}): a 3×3 stem of 16
 * channels, three stages of n basic blocks at 16, 32 and 64 channels (n = 3: ResNet-20, n = 9:
 * ResNet-56), option-A shortcuts (the first block of stages 2 and 3 subsamples by 2 and pads the
 * new channels with zeros, no weights), global average pooling, linear 64 → 10. The repository's
 * trainer normalises RGB in [0, 1] with ImageNet's mean and std; that step is the network's first
 * block, so the classifier takes images as {@link BlockClassifier} feeds them ({@code sample / 255}).
 * Batch normalisation uses PyTorch's ε = 1e-5 and the stored running statistics. Nothing is trained;
 * as a {@link #backbone} the network stays frozen while a loss back-propagates through it.
 */
public final class AuthorsCifarResNet {
    /** Released networks: blocks per stage → file in the data set. */
    private static final Map<Integer, String> FILES = Map.of(3, "resnet20-12fca82f.th", 9, "resnet56-4bfd9763.th");
    private static final int CLASSES = 10;
    private static final int SIZE = 32;
    private static final float BN_EPSILON = 1e-5f;
    /** DJL parameter name → PyTorch's, per layer type. */
    private static final Map<String, String> TORCH_NAMES = Map.of("weight", "weight", "bias", "bias", "gamma",
            "weight", "beta", "bias", "runningMean", "running_mean", "runningVar", "running_var");

    private AuthorsCifarResNet() {
    }

    /** ResNet-(6n+2)'s classifier id, e.g. {@code resnet20-cifar10-authors}. */
    public static String id(int depth) {
        return "resnet" + depth + "-cifar10-authors";
    }

    /** ResNet-20 or ResNet-56 with its released weights. */
    public static BlockClassifier load(int depth) {
        int n = blocksPerStage(depth);
        return fromFile(Datasets.locate(Datasets.CIFAR10_RESNET).path(FILES.get(n)), n);
    }

    /**
     * ResNet-20 or ResNet-56 with its released weights as a frozen {@link FeatureBackbone} that
     * losses back-propagate through: stage 0 is the normalised input, stage 1 the stem's first ReLU
     * (16 channels at full resolution: where seed 002 puts its module in a ResNet, §IV-C1), stage
     * s = 2, 3, 4 the output of the (s − 1)-th group of blocks (16 channels at full resolution, 32
     * at 1/2, 64 at 1/4).
     */
    public static FeatureBackbone backbone(int depth) {
        int n = blocksPerStage(depth);
        Path file = Datasets.locate(Datasets.CIFAR10_RESNET).path(FILES.get(n));
        List<Block> stages = new ArrayList<>();
        Model model = loaded(file, n, stages);
        return new StagedBackbone(id(depth), model, stages, new int[] {3, 16, 16, 32, 64}, new int[] {1, 1, 1, 2, 4},
                CLASSES);
    }

    /**
     * A fresh, uninitialised ResNet-20 or ResNet-56 (logits out), the architecture of
     * {@link #released}: a network to fine-tune from the released weights.
     */
    public static Block block(int depth) {
        return network(blocksPerStage(depth), new LinkedHashMap<>(), new ArrayList<>());
    }

    /**
     * The released weights of ResNet-20 or ResNet-56 as the start of a training job (fine-tuning
     * them, e.g. on degraded images), named by the released file, whose name carries its hash and
     * whose SHA-256 the data set's manifest checks.
     */
    public static StartingWeights released(int depth) {
        int n = blocksPerStage(depth);
        String file = FILES.get(n);
        return new StartingWeights() {
            @Override
            public String id() {
                return Datasets.CIFAR10_RESNET + "/" + file;
            }

            @Override
            public void loadInto(Model target) {
                Path path = Datasets.locate(Datasets.CIFAR10_RESNET).path(file);
                target.getBlock().initialize(target.getNDManager(), DataType.FLOAT32, new Shape(1, 3, SIZE, SIZE));
                List<Parameter> to = target.getBlock().getParameters().values();
                try (Model source = loaded(path, n, new ArrayList<>())) {
                    List<Parameter> from = source.getBlock().getParameters().values();
                    if (from.size() != to.size()) {
                        throw new IllegalArgumentException("a ResNet-" + depth + " has " + from.size()
                                + " parameters, the network to load them into " + to.size());
                    }
                    for (int i = 0; i < from.size(); i++) {
                        NDArray value = from.get(i).getArray();
                        NDArray destination = to.get(i).getArray();
                        if (!value.getShape().equals(destination.getShape())) {
                            throw new IllegalArgumentException("parameter " + i + " of ResNet-" + depth + " is "
                                    + value.getShape() + ", the network to load it into has " + destination.getShape());
                        }
                        destination.set(value.toFloatArray());
                    }
                }
            }
        };
    }

    private static int blocksPerStage(int depth) {
        int n = (depth - 2) / 6;
        if (!FILES.containsKey(n) || depth != 6 * n + 2) {
            throw new IllegalArgumentException("released CIFAR-10 ResNets are ResNet-20 and ResNet-56, not ResNet-"
                    + depth);
        }
        return n;
    }

    /**
     * ResNet-(6n+2) with n = {@code blocksPerStage} and the {@code state_dict} of the legacy
     * checkpoint {@code file}; every tensor of the file must fill one parameter of that shape.
     *
     * @throws ModelLoadException naming the file and the parameter that is missing, extra or of
     *     another shape
     */
    public static BlockClassifier fromFile(Path file, int blocksPerStage) {
        Model model = loaded(file, blocksPerStage, new ArrayList<>());
        return new BlockClassifier(id(6 * blocksPerStage + 2), model, SIZE, CLASSES);
    }

    /** A model of the network with the weights of {@code file}; its stage blocks are put into {@code stages}. */
    private static Model loaded(Path file, int blocksPerStage, List<Block> stages) {
        Map<String, LegacyTorchCheckpoint.Tensor> weights = LegacyTorchCheckpoint.read(file).tensors("state_dict");
        Map<String, Block> layers = new LinkedHashMap<>();
        Block network = network(blocksPerStage, layers, stages);
        int depth = 6 * blocksPerStage + 2;
        Model model = TrainingRun.newModel(id(depth), network);
        try {
            network.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 3, SIZE, SIZE));
            Set<String> unused = new HashSet<>(weights.keySet());
            layers.forEach((name, layer) -> {
                for (Parameter p : layer.getParameters().values()) {
                    String key = "module." + name + "." + TORCH_NAMES.get(p.getName());
                    LegacyTorchCheckpoint.Tensor t = weights.get(key);
                    NDArray target = p.getArray();
                    if (t == null) {
                        throw new ModelLoadException(file + " has no tensor '" + key + "' (ResNet-" + depth
                                + " needs it)");
                    }
                    if (!Arrays.equals(t.shape(), target.getShape().getShape())) {
                        throw new ModelLoadException(file + ": '" + key + "' is " + t + ", ResNet-" + depth
                                + " needs " + target.getShape());
                    }
                    target.set(t.values());
                    unused.remove(key);
                }
            });
            if (!unused.isEmpty()) {
                throw new ModelLoadException(file + " holds tensors ResNet-" + depth + " has no place for: "
                        + unused.stream().sorted().limit(5).toList() + (unused.size() > 5 ? " …" : ""));
            }
            return model;
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /**
     * The network: input normalisation, stem, first group, second group, third group, head,
     * each a block put into {@code stages} in that order; its weighted layers are put into
     * {@code layers} under PyTorch's module names.
     */
    private static Block network(int blocksPerStage, Map<String, Block> layers, List<Block> stages) {
        InputNormalization imagenet = InputNormalization.IMAGENET;
        float[] mean = toFloats(imagenet.mean());
        float[] std = toFloats(imagenet.std());
        stages.add(new LambdaBlock(x -> {
            NDArray in = x.singletonOrThrow();
            NDArray m = in.getManager().create(mean, new Shape(1, 3, 1, 1));
            NDArray s = in.getManager().create(std, new Shape(1, 3, 1, 1));
            return new NDList(in.sub(m).div(s));
        }, "imagenet-normalisation"));
        stages.add(new SequentialBlock().add(named(layers, "conv1", conv(16, 1))).add(named(layers, "bn1",
                batchNorm())).add(Activation::relu));
        int inPlanes = 16;
        for (int stage = 0; stage < 3; stage++) {
            SequentialBlock group = new SequentialBlock();
            int planes = 16 << stage;
            for (int b = 0; b < blocksPerStage; b++) {
                int stride = stage > 0 && b == 0 ? 2 : 1;
                group.add(basicBlock("layer" + (stage + 1) + "." + b, inPlanes, planes, stride, layers));
                inPlanes = planes;
            }
            stages.add(group);
        }
        stages.add(new SequentialBlock().add(Pool.globalAvgPool2dBlock())
                .add(named(layers, "linear", Linear.builder().setUnits(CLASSES).build())));
        return new SequentialBlock().addAll(stages);
    }

    /** relu(bn2(conv2(relu(bn1(conv1(x))))) + shortcut(x)), the shortcut of option A. */
    private static Block basicBlock(String name, int inPlanes, int planes, int stride, Map<String, Block> layers) {
        Block residual = new SequentialBlock()
                .add(named(layers, name + ".conv1", conv(planes, stride)))
                .add(named(layers, name + ".bn1", batchNorm())).add(Activation::relu)
                .add(named(layers, name + ".conv2", conv(planes, 1)))
                .add(named(layers, name + ".bn2", batchNorm()));
        Block shortcut = stride == 1 && inPlanes == planes ? Blocks.identityBlock() : optionA(planes / 4);
        return new SequentialBlock()
                .add(new ParallelBlock(branches -> new NDList(branches.get(0).singletonOrThrow()
                        .add(branches.get(1).singletonOrThrow())), List.of(residual, shortcut)))
                .add(Activation::relu);
    }

    /** x[:, :, ::2, ::2] with {@code pad} zero channels before and after (the repository's LambdaLayer). */
    private static Block optionA(int pad) {
        return new LambdaBlock(x -> {
            NDArray sub = x.singletonOrThrow().get(new NDIndex(":, :, ::2, ::2"));
            Shape s = sub.getShape();
            NDArray zeros = sub.getManager().zeros(new Shape(s.get(0), pad, s.get(2), s.get(3)), sub.getDataType());
            return new NDList(NDArrays.concat(new NDList(zeros, sub, zeros), 1));
        }, "option-a-shortcut");
    }

    private static Block named(Map<String, Block> layers, String name, Block block) {
        layers.put(name, block);
        return block;
    }

    private static Block conv(int filters, int stride) {
        return new AlignedConv2d(Conv2d.builder().setKernelShape(new Shape(3, 3)).optStride(new Shape(stride, stride))
                .optPadding(new Shape(1, 1)).setFilters(filters).optBias(false));
    }

    private static Block batchNorm() {
        return BatchNorm.builder().optEpsilon(BN_EPSILON).build();
    }

    private static float[] toFloats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }
}
