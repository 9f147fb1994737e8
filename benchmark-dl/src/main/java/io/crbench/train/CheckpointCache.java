package io.crbench.train;

import ai.djl.nn.Block;
import io.crbench.files.Sha256;
import io.crbench.files.StaleFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Trained models on disk, one folder per {@link CheckpointKey}: {@value #PARAMETERS_FILE} (see
 * {@link ParameterFiles}), {@value #CHECKSUM_FILE} (its SHA-256, in {@code sha256sum} format),
 * {@value #KEY_FILE} (the key in words), {@value #LOSS_CURVE_FILE} and, for an early-stopped run,
 * {@value #VALIDATION_CURVE_FILE}. A lookup verifies the
 * weights against their checksum, so a truncated or altered file is an error naming the entry, not
 * a model that silently computes something else.
 *
 * <p>Entries are written into a temporary folder beside the target and then renamed onto it in
 * one atomic move, so a run killed while saving leaves no half-written entry (at most a
 * {@code .tmp-*} folder, which lookups ignore and a later store deletes once it is a day old). The folder is system property
 * {@value #DIRECTORY_PROPERTY} (default {@code ~/.cache/crbench/checkpoints});
 * {@code -D}{@value #RETRAIN_PROPERTY}{@code =true} ignores cached entries and overwrites them.
 */
public final class CheckpointCache {
    /** System property naming the cache folder. */
    public static final String DIRECTORY_PROPERTY = "crbench.checkpoints";
    /** System property that, set to {@code true}, forces training even when an entry exists. */
    public static final String RETRAIN_PROPERTY = "crbench.retrain";
    /** The weights of an entry. */
    public static final String PARAMETERS_FILE = "parameters.params";
    /** The SHA-256 of {@value #PARAMETERS_FILE}, as {@code sha256sum} writes it. */
    public static final String CHECKSUM_FILE = "parameters.sha256";
    /** The key of an entry, as {@link CheckpointKey#canonical()}. */
    public static final String KEY_FILE = "key.txt";
    /** The training loss curve of an entry. */
    public static final String LOSS_CURVE_FILE = "loss-curve.csv";
    /** The validation curve of an early-stopped entry. */
    public static final String VALIDATION_CURVE_FILE = "validation-curve.csv";

    private static final String TEMP_PREFIX = ".tmp-";

    private final Path directory;
    private final boolean retrain;

    /**
     * @param directory the cache folder (created on first store)
     * @param retrain whether to ignore existing entries
     */
    public CheckpointCache(Path directory, boolean retrain) {
        this.directory = directory;
        this.retrain = retrain;
    }

    /** The cache configured by {@value #DIRECTORY_PROPERTY} and {@value #RETRAIN_PROPERTY}. */
    public static CheckpointCache fromEnvironment() {
        String dir = System.getProperty(DIRECTORY_PROPERTY, "").strip();
        // Maven passes unset properties on as "${...}" placeholders.
        Path path = dir.isEmpty() || dir.startsWith("${")
                ? Path.of(System.getProperty("user.home"), ".cache", "crbench", "checkpoints")
                : Path.of(dir);
        return new CheckpointCache(path, Boolean.parseBoolean(System.getProperty(RETRAIN_PROPERTY, "false").strip()));
    }

    public Path directory() {
        return directory;
    }

    public boolean retrain() {
        return retrain;
    }

    /** One complete cache entry. */
    public record Entry(Path folder) {
        public Path parametersFile() {
            return folder.resolve(PARAMETERS_FILE);
        }

        /** The stored loss curve. */
        public LossCurve lossCurve() {
            return LossCurve.readCsv(folder.resolve(LOSS_CURVE_FILE));
        }

        /** The stored validation curve; empty for a run without early stopping. */
        public ValidationCurve validationCurve() {
            return ValidationCurve.readCsv(folder.resolve(VALIDATION_CURVE_FILE));
        }
    }

    /** The folder an entry for {@code key} has (whether or not it exists). */
    public Path folderOf(CheckpointKey key) {
        return directory.resolve(key.entryName());
    }

    /**
     * The entry for {@code key}, empty when there is none or retraining is forced.
     *
     * @throws IllegalStateException when the entry's weights do not match their checksum (or it
     *     has none); the message names the folder and says how to train the model afresh
     */
    public Optional<Entry> lookup(CheckpointKey key) {
        Path folder = folderOf(key);
        if (retrain || !Files.isRegularFile(folder.resolve(PARAMETERS_FILE))) {
            return Optional.empty();
        }
        verify(folder);
        return Optional.of(new Entry(folder));
    }

    /**
     * Fails unless the cache folder accepts a new entry; called before training, so an
     * unwritable folder is found before hours of training rather than after.
     */
    public void requireWritable() {
        try {
            Files.createDirectories(directory);
            Files.delete(Files.createTempFile(directory, TEMP_PREFIX + "probe-", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("the checkpoint folder " + directory + " is not writable, so a trained model"
                    + " could not be kept; make it writable or point -D" + DIRECTORY_PROPERTY + " at another folder", e);
        }
    }

    private static void verify(Path folder) {
        String remedy = "; delete the folder or rerun with -D" + RETRAIN_PROPERTY + "=true to train the model afresh";
        Path checksum = folder.resolve(CHECKSUM_FILE);
        try {
            if (!Files.isRegularFile(checksum)) {
                throw new IllegalStateException("checkpoint entry " + folder + " has no " + CHECKSUM_FILE
                        + ", so its weights cannot be verified" + remedy);
            }
            String expected = Files.readString(checksum, StandardCharsets.UTF_8).strip().split("\\s+")[0];
            String actual = Sha256.of(folder.resolve(PARAMETERS_FILE));
            if (!actual.equals(expected)) {
                throw new IllegalStateException("checkpoint entry " + folder + " is damaged: " + PARAMETERS_FILE
                        + " has SHA-256 " + actual + " but " + CHECKSUM_FILE + " says " + expected
                        + " (truncated or modified)" + remedy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot verify checkpoint entry " + folder + remedy, e);
        }
    }

    /**
     * Saves {@code block}'s parameters and its loss curve under {@code key}, atomically. An
     * existing entry is replaced when retraining is forced and kept otherwise (another run
     * trained the same model meanwhile; both are equal up to nondeterminism of the device).
     */
    public Entry store(CheckpointKey key, Block block, LossCurve curve) {
        return store(key, block, TrainingCurves.of(curve));
    }

    /** As {@link #store(CheckpointKey, Block, LossCurve)}, with the validation curve when there is one. */
    public Entry store(CheckpointKey key, Block block, TrainingCurves curves) {
        Path target = folderOf(key);
        StaleFiles.sweep(directory, name -> name.startsWith(TEMP_PREFIX), StaleFiles.STALE_AFTER);
        try {
            Files.createDirectories(directory);
            Path temp = Files.createTempDirectory(directory, TEMP_PREFIX + key.sha256().substring(0, 16) + "-");
            try {
                ParameterFiles.save(block, temp.resolve(PARAMETERS_FILE));
                Files.writeString(temp.resolve(CHECKSUM_FILE),
                        Sha256.of(temp.resolve(PARAMETERS_FILE)) + "  " + PARAMETERS_FILE + "\n", StandardCharsets.UTF_8);
                curves.training().writeCsv(temp.resolve(LOSS_CURVE_FILE));
                if (!curves.validation().isEmpty()) {
                    curves.validation().writeCsv(temp.resolve(VALIDATION_CURVE_FILE));
                }
                Files.writeString(temp.resolve(KEY_FILE), key.canonical(), StandardCharsets.UTF_8);
                if (retrain && Files.exists(target)) {
                    retire(target);
                }
                moveInto(temp, target);
            } finally {
                if (Files.exists(temp)) {
                    StaleFiles.deleteTree(temp);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store checkpoint " + key.entryName() + " in " + directory, e);
        }
        return new Entry(target);
    }

    /** Renames the finished temporary folder onto {@code target}; a target that appeared meanwhile wins. */
    private static void moveInto(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the checkpoint folder " + temp.getParent() + " does not support atomic renames", e);
        } catch (IOException e) {
            // Renaming onto an existing folder fails; if another run stored this key first, its
            // entry is complete and ours is dropped.
            if (!Files.isRegularFile(target.resolve(PARAMETERS_FILE))) {
                throw e;
            }
        }
    }

    /** Moves an old entry out of the way atomically, then deletes it, so no reader sees it half gone. */
    private static void retire(Path target) throws IOException {
        Path old = Files.createTempDirectory(target.getParent(), TEMP_PREFIX + "old-");
        Path moved = old.resolve("entry");
        Files.move(target, moved, StandardCopyOption.ATOMIC_MOVE);
        StaleFiles.deleteTree(old);
    }
}
