package io.crbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.pytorch.jni.JniUtils;
import io.crbench.degradation.JpegCompression;
import io.crbench.experiment.Scale;
import io.crbench.image.Image8;
import io.crbench.model.TorchThreads;
import io.crbench.numerics.CpuFeatures;
import io.crbench.numerics.PyTorchEngine;
import io.crbench.restore.BlockRestorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointCacheTest {
    private static final Recipe RECIPE = Recipe.adam(Scale.CI, 16, 4, 8, 1e-2f, 3);
    private static final TrainingSet DATA = TrainingSet.of("synthetic", TinyNetworks.IMAGES);
    private static final Image8 PROBE = Image8.generate(21, 17, 3, (x, y, c) -> (x * 11 + y * 3 + c * 40) % 256);

    @TempDir
    Path dir;

    private static TrainingJob job(Recipe recipe) {
        return new TrainingJob("tiny(q=10)", TinyNetworks::convNet, recipe, PixelLosses.mse(), JpegCompression.at(10),
                DATA, "tiny-1");
    }

    private static Image8 restore(TrainedModel trained) {
        try (BlockRestorer restorer = new BlockRestorer("tiny", trained.model())) {
            return restorer.restore(PROBE);
        }
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aTrainedModelIsStoredAtomicallyAndLoadedInsteadOfRetrained() throws IOException {
        RestorerTrainer trainer = new RestorerTrainer(new CheckpointCache(dir, false));
        TrainedModel trained = trainer.loadOrTrain(job(RECIPE));
        assertThat(trained.fromCache()).isFalse();
        LossCurve curve = trained.lossCurve();
        Image8 restoredByTrained = restore(trained);

        String entry = job(RECIPE).checkpointKey().entryName();
        assertThat(listing()).containsExactly(entry);
        try (Stream<Path> files = Files.list(dir.resolve(entry))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(CheckpointCache.KEY_FILE, CheckpointCache.LOSS_CURVE_FILE, CheckpointCache.PARAMETERS_FILE,
                            CheckpointCache.CHECKSUM_FILE);
        }

        TrainedModel loaded = trainer.loadOrTrain(job(RECIPE));
        assertThat(loaded.fromCache()).isTrue();
        assertThat(loaded.lossCurve()).isEqualTo(curve);
        assertThat(restore(loaded)).isEqualTo(restoredByTrained);

        TrainedModel userSupplied = RestorerTrainer.load("tiny", TinyNetworks.convNet(), loaded.parametersFile());
        assertThat(userSupplied.lossCurve().isEmpty()).isTrue();
        assertThat(restore(userSupplied)).isEqualTo(restoredByTrained);
    }

    @Test
    void retrainIgnoresAndReplacesTheEntryWhileANormalStoreKeepsIt() throws IOException {
        CheckpointKey key = job(RECIPE).checkpointKey();
        CheckpointCache cache = new CheckpointCache(dir, false);
        CheckpointCache retraining = new CheckpointCache(dir, true);
        LossCurve fake = LossCurve.of(new float[] {9f});
        try (TrainedModel first = new RestorerTrainer(cache).loadOrTrain(job(RECIPE))) {
            cache.store(key, first.model().getBlock(), fake);
            assertThat(cache.lookup(key).orElseThrow().lossCurve()).isEqualTo(first.lossCurve());
            retraining.store(key, first.model().getBlock(), fake);
            assertThat(cache.lookup(key).orElseThrow().lossCurve()).isEqualTo(fake);
        }
        assertThat(retraining.lookup(key)).isEmpty();
        try (TrainedModel retrained = new RestorerTrainer(retraining).loadOrTrain(job(RECIPE))) {
            assertThat(retrained.fromCache()).isFalse();
            assertThat(cache.lookup(key).orElseThrow().lossCurve()).isEqualTo(retrained.lossCurve());
        }
        assertThat(listing()).containsExactly(key.entryName());
    }

    @Test
    void aFlippedOrTruncatedWeightFileIsAnErrorNamingTheEntryAndTheRemedy() throws IOException {
        RestorerTrainer trainer = new RestorerTrainer(new CheckpointCache(dir, false));
        trainer.loadOrTrain(job(RECIPE)).close();
        Path entry = dir.resolve(job(RECIPE).checkpointKey().entryName());
        Path weights = entry.resolve(CheckpointCache.PARAMETERS_FILE);
        byte[] original = Files.readAllBytes(weights);

        byte[] flipped = original.clone();
        flipped[flipped.length - 1] ^= 1;
        Files.write(weights, flipped);
        assertThatThrownBy(() -> trainer.loadOrTrain(job(RECIPE))).hasMessageContaining(entry.toString())
                .hasMessageContaining("damaged").hasMessageContaining("-Dcrbench.retrain=true");

        Files.write(weights, java.util.Arrays.copyOf(original, original.length / 2));
        assertThatThrownBy(() -> trainer.loadOrTrain(job(RECIPE))).hasMessageContaining("damaged");

        Files.write(weights, original);
        Files.delete(entry.resolve(CheckpointCache.CHECKSUM_FILE));
        assertThatThrownBy(() -> trainer.loadOrTrain(job(RECIPE))).hasMessageContaining("cannot be verified");
    }

    @Test
    void anUnwritableFolderIsFoundBeforeTraining() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        RestorerTrainer trainer = new RestorerTrainer(new CheckpointCache(file.resolve("checkpoints"), false));
        assertThatThrownBy(() -> trainer.loadOrTrain(job(RECIPE))).hasMessageContaining("not writable");
    }

    @Test
    void everyPartOfTheKeyChangesTheHash() {
        CheckpointKey key = job(RECIPE).checkpointKey();
        assertThat(key.sha256()).hasSize(64).matches("[0-9a-f]+");
        assertThat(key.entryName()).startsWith("tiny_q_10_-");
        assertThat(job(RECIPE.withSeed(4)).checkpointKey().sha256()).isNotEqualTo(key.sha256());
        assertThat(job(RECIPE.withIterations(9)).checkpointKey().sha256()).isNotEqualTo(key.sha256());
        CheckpointKey otherData = new CheckpointKey(key.methodId(), key.recipeId(), key.degradationId(), key.lossId(),
                List.of("other"), key.seed(), key.codeVersion());
        CheckpointKey otherCode = new CheckpointKey(key.methodId(), key.recipeId(), key.degradationId(), key.lossId(),
                key.trainingDataIds(), key.seed(), "tiny-2");
        assertThat(otherData.sha256()).isNotEqualTo(key.sha256());
        assertThat(otherCode.sha256()).isNotEqualTo(key.sha256());
        assertThat(key.canonical()).contains("degradation=jpeg(q=10)", "training_data=synthetic", "training_stack=3",
                "code_version=tiny-1", "execution=PyTorch " + PyTorchEngine.checked().getVersion() + " on ");
        assertThat(TorchThreads.singleThreaded(key::canonical)).contains(", 1 thread, CPU ");
        // Trained weights differed between two processors that reported different caches (README, "Numerics").
        assertThat(key.canonical()).contains(", CPU " + CpuFeatures.current().identity() + ", caches "
                + CpuFeatures.current().caches() + "\n");
        // A run on one thread sums in another order, so its weights are another model's.
        String oneThread = TorchThreads.singleThreaded(key::sha256);
        if (JniUtils.getNumThreads() > 1) {
            assertThat(oneThread).isNotEqualTo(key.sha256());
        } else {
            assertThat(oneThread).isEqualTo(key.sha256());
        }
        // The name a network carries into the ids of what is trained through it does not depend on the machine.
        assertThat(TorchThreads.singleThreaded(key::nameSha256)).isEqualTo(key.nameSha256())
                .isNotEqualTo(key.sha256());
    }

    @Test
    void aWarmStartTrainsOnFromItsParentsCachedWeights() throws IOException {
        RestorerTrainer trainer = new RestorerTrainer(new CheckpointCache(dir, false));
        TrainingJob parent = job(RECIPE);
        // One step at a vanishing rate: the child must come out as its parent.
        TrainingJob child = new TrainingJob("tiny-child(q=10)", TinyNetworks::convNet,
                RECIPE.withIterations(1).withLearningRate(1e-12f), PixelLosses.mse(), JpegCompression.at(10), DATA,
                "tiny-1").startingFrom(parent);
        Image8 byParent;
        try (TrainedModel trainedParent = trainer.loadOrTrain(parent)) {
            byParent = restore(trainedParent);
        }
        try (TrainedModel trainedChild = trainer.loadOrTrain(child)) {
            assertThat(trainedChild.fromCache()).isFalse();
            assertThat(restore(trainedChild)).isEqualTo(byParent);
        }
        assertThat(child.checkpointKey().canonical()).endsWith("warm_start=" + parent.checkpointKey().sha256() + "\n");
        assertThat(parent.checkpointKey().canonical()).doesNotContain("warm_start").endsWith("code_version=tiny-1\n");
        assertThat(listing()).containsExactlyInAnyOrder(parent.checkpointKey().entryName(),
                child.checkpointKey().entryName());
        TrainingJob fresh = new TrainingJob(child.methodId(), child.newBlock(), child.recipe(), child.loss(),
                child.degradation(), DATA, "tiny-1");
        assertThat(fresh.checkpointKey().sha256()).isNotEqualTo(child.checkpointKey().sha256());
    }

    @Test
    void pretrainedWeightsAreWhereTrainingStartsAndPartOfTheKey() throws IOException {
        RestorerTrainer trainer = new RestorerTrainer(new CheckpointCache(dir, false));
        TrainingJob parent = job(RECIPE);
        Image8 byParent;
        Path weightsFile;
        try (TrainedModel trainedParent = trainer.loadOrTrain(parent)) {
            byParent = restore(trainedParent);
            weightsFile = trainedParent.parametersFile();
        }
        StartingWeights released = new StartingWeights() {
            @Override
            public String id() {
                return "released-tiny";
            }

            @Override
            public void loadInto(Model model) {
                ParameterFiles.load(model.getBlock(), model.getNDManager(), weightsFile);
            }
        };
        TrainingJob child = new TrainingJob("tiny-finetuned(q=10)", TinyNetworks::convNet,
                RECIPE.withIterations(1).withLearningRate(1e-12f), PixelLosses.mse(), JpegCompression.at(10), DATA,
                "tiny-1").startingFrom(released);
        try (TrainedModel trainedChild = trainer.loadOrTrain(child)) {
            assertThat(trainedChild.fromCache()).isFalse();
            assertThat(restore(trainedChild)).isEqualTo(byParent);
        }
        assertThat(child.checkpointKey().canonical()).endsWith("warm_start=released-tiny\n");
        assertThatThrownBy(() -> new TrainingJob(child.methodId(), child.newBlock(), child.recipe(), child.loss(),
                child.degradation(), DATA, "tiny-1", PatchTargets.CLEAN, parent, released, null))
                .hasMessageContaining("released-tiny");
    }

    @Test
    void directoryAndRetrainComeFromSystemProperties() {
        String oldDir = System.getProperty(CheckpointCache.DIRECTORY_PROPERTY);
        String oldRetrain = System.getProperty(CheckpointCache.RETRAIN_PROPERTY);
        try {
            System.setProperty(CheckpointCache.DIRECTORY_PROPERTY, dir.toString());
            System.setProperty(CheckpointCache.RETRAIN_PROPERTY, "true");
            CheckpointCache cache = CheckpointCache.fromEnvironment();
            assertThat(cache.directory()).isEqualTo(dir);
            assertThat(cache.retrain()).isTrue();
            System.clearProperty(CheckpointCache.DIRECTORY_PROPERTY);
            System.clearProperty(CheckpointCache.RETRAIN_PROPERTY);
            CheckpointCache defaults = CheckpointCache.fromEnvironment();
            assertThat(defaults.directory())
                    .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "crbench", "checkpoints"));
            assertThat(defaults.retrain()).isFalse();
        } finally {
            restore(CheckpointCache.DIRECTORY_PROPERTY, oldDir);
            restore(CheckpointCache.RETRAIN_PROPERTY, oldRetrain);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    @Test
    void aFileOfAnotherArchitectureIsAClearError() throws IOException {
        Path file;
        try (TrainedModel trained = new RestorerTrainer(new CheckpointCache(dir, false)).loadOrTrain(job(RECIPE))) {
            file = trained.parametersFile();
        }
        SequentialBlock other = new SequentialBlock()
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).setFilters(3).build());
        assertThatThrownBy(() -> RestorerTrainer.load("other", other, file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString());
        assertThatThrownBy(() -> RestorerTrainer.load("missing", TinyNetworks.convNet(), dir.resolve("none.params")))
                .hasMessageContaining("not found");
    }
}
