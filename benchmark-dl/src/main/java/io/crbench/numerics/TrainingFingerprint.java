package io.crbench.numerics;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import io.crbench.nn.AlignedConv2d;
import io.crbench.train.MeanSquaredError;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/**
 * A SHA-256 of everything a small training run produces: a conv–batch-norm–ReLU–conv–ReLU–conv
 * network (3 → 8 → 10 → 3 channels: 8 → … → 3 are the shapes at which oneDNN's vector kernels failed
 * here, 10 and 3 channels those at which oneDNN's GEMM convolution depended on the caches the
 * processor reports, see {@link io.crbench.nn.AlignedConv2d}) trained with Adam on seeded 4×3×16×16
 * batches, then run once in inference. Two runs with the same settings must give
 * the same fingerprint, in one JVM and across JVMs: that is crbench's determinism, as a testable
 * value. The main method prints it, for {@code scripts/determinism-matrix.sh}.
 */
public final class TrainingFingerprint {
    private TrainingFingerprint() {
    }

    /** Fingerprint of a run of {@code steps} training steps. */
    public static String of(int steps) {
        Engine engine = PyTorchEngine.checked();
        engine.setRandomSeed(11);
        SequentialBlock block = new SequentialBlock()
                .add(new AlignedConv2d(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                        .setFilters(8)))
                .add(BatchNorm.builder().build())
                .add(Activation::relu)
                .add(new AlignedConv2d(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                        .setFilters(10)))
                .add(Activation::relu)
                .add(new AlignedConv2d(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                        .setFilters(3)));
        MessageDigest digest = sha256();
        Shape batch = new Shape(4, 3, 16, 16);
        try (Model model = PyTorchEngine.newModel("fingerprint")) {
            model.setBlock(block);
            DefaultTrainingConfig config = new DefaultTrainingConfig(new MeanSquaredError("mse"))
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-2f)).build());
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(batch);
                Random random = new Random(5);
                for (int i = 0; i < steps; i++) {
                    try (NDManager step = trainer.getManager().newSubManager()) {
                        NDArray input = step.create(uniform(random, (int) batch.size()), batch);
                        NDArray target = Scalars.times(input, 0.5f).add(0.2f);
                        try (GradientCollector collector = trainer.newGradientCollector()) {
                            NDArray loss = config.getLossFunction().evaluate(new NDList(target), trainer.forward(new NDList(input)));
                            update(digest, loss.toFloatArray());
                            collector.backward(loss);
                        }
                        trainer.step();
                    }
                }
                for (Pair<String, Parameter> p : block.getParameters()) {
                    update(digest, p.getValue().getArray().toFloatArray());
                }
                try (NDManager m = trainer.getManager().newSubManager()) {
                    NDArray input = m.create(uniform(new Random(6), (int) batch.size()), batch);
                    update(digest, trainer.evaluate(new NDList(input)).singletonOrThrow().toFloatArray());
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Prints the fingerprint of {@code args[0]} (default 50) steps. */
    public static void main(String[] args) {
        System.out.println(of(args.length > 0 ? Integer.parseInt(args[0]) : 50));
    }

    private static float[] uniform(Random random, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextFloat();
        }
        return v;
    }

    private static void update(MessageDigest digest, float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES);
        for (float v : values) {
            bytes.putFloat(v);
        }
        digest.update(bytes.array());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
