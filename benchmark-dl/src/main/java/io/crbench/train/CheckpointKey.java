package io.crbench.train;

import io.crbench.numerics.NumericEnvironment;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Everything a trained model depends on, hashed into the name of its cache entry: change any of
 * them (another recipe, QF, training set, engine kernel settings ({@link NumericEnvironment#kernelSettings()}),
 * engine version, device or thread count ({@link NumericEnvironment#execution()}), a fix to the
 * training stack shared by every method ({@link #TRAINING_STACK}), or a code change
 * announced by bumping {@code codeVersion}) and the model is trained afresh rather than a stale one
 * loaded.
 *
 * @param methodId the method and its setting, e.g. {@code arcnn(q=10)}
 * @param recipeId {@link Recipe#id()}
 * @param degradationId the training degradation's id, e.g. {@code jpeg(q=10)}
 * @param lossId the loss's name
 * @param trainingDataIds names of the training sets, e.g. {@code [Kodak24, CBSD68]}
 * @param seed the training seed
 * @param codeVersion the method's code version: bump it when the architecture or training code changes
 * @param warmStart the SHA-256 of the key of the model training started from, or the id of the
 *     pretrained {@link StartingWeights} it started from, or empty for fresh weights
 */
public record CheckpointKey(String methodId, String recipeId, String degradationId, String lossId,
        List<String> trainingDataIds, long seed, String codeVersion, String warmStart) {
    /**
     * The revision of what every training shares; bump it when a fix changes what all of them
     * compute. 2: constants that autograd saves are engine-owned ({@link io.crbench.numerics.Scalars}).
     * 3: convolutions compute whole blocks of output channels ({@link io.crbench.nn.AlignedConv2d}).
     */
    public static final int TRAINING_STACK = 3;

    public CheckpointKey {
        trainingDataIds = List.copyOf(trainingDataIds);
        if (warmStart == null) {
            throw new IllegalArgumentException("warm start must be a key hash or empty, not null");
        }
    }

    /** A key of a model trained from fresh weights. */
    public CheckpointKey(String methodId, String recipeId, String degradationId, String lossId,
            List<String> trainingDataIds, long seed, String codeVersion) {
        this(methodId, recipeId, degradationId, lossId, trainingDataIds, seed, codeVersion, "");
    }

    /**
     * The key as text, one {@code name=value} per line; what {@link #sha256()} hashes. The
     * {@code warm_start} line appears only for warm starts, so keys of models trained from fresh
     * weights read (and hash) as they did before warm starts existed.
     */
    public String canonical() {
        return text(true);
    }

    private String text(boolean withExecution) {
        return "method=" + methodId + "\nrecipe=" + recipeId + "\ndegradation=" + degradationId + "\nloss=" + lossId
                + "\ntraining_data=" + String.join(",", trainingDataIds) + "\nseed=" + seed
                + "\nkernels=" + NumericEnvironment.kernelSettings()
                + (withExecution ? "\nexecution=" + NumericEnvironment.execution() : "")
                + "\ntraining_stack=" + TRAINING_STACK + "\ncode_version=" + codeVersion + "\n"
                + (warmStart.isEmpty() ? "" : "warm_start=" + warmStart + "\n");
    }

    /** SHA-256 of {@link #canonical()}, as 64 lowercase hex digits. */
    public String sha256() {
        return hash(canonical());
    }

    /**
     * SHA-256 of the key without its {@code execution=} line: what names the trained network inside
     * the ids of networks trained through it, and so in result rows (e.g.
     * {@code dilated-restorer(jpeg,cifar-full,seed=1)#3f797746c96d}). Engine version, device and
     * thread count differ between machines running the same build and a row's name must not; what
     * is trained through the network runs in the same process, so its own key's execution line
     * covers them.
     */
    public String nameSha256() {
        return hash(text(false));
    }

    private static String hash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Name of the cache entry: the method id made file-safe, then the hash. */
    public String entryName() {
        return methodId.replaceAll("[^A-Za-z0-9._-]+", "_") + "-" + sha256();
    }
}
