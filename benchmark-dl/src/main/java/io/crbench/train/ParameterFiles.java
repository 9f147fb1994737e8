package io.crbench.train;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Trained weights on disk: exactly the stream of DJL's {@link Block#saveParameters} (every
 * parameter of the block tree in order, BatchNorm running statistics included). The same file
 * works on CPU and GPU, so weights trained on a GPU box ({@code -Pgpu -Dcrbench.scale=paper})
 * can be copied and loaded here.
 */
public final class ParameterFiles {
    private ParameterFiles() {
    }

    /** Writes the parameters of an initialised {@code block} to {@code file}. */
    public static void save(Block block, Path file) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            block.saveParameters(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write parameters to " + file, e);
        }
    }

    /**
     * Loads {@code file} into {@code block}, whose architecture must be the one saved (same
     * layers, same shapes). The arrays are created on {@code manager} (and its device).
     */
    public static void load(Block block, NDManager manager, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("parameter file not found: " + file);
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            block.loadParameters(manager, in);
            if (in.read() != -1) {
                throw new IllegalArgumentException("parameter file " + file + " holds more parameters than the block has:"
                        + " it was saved from another architecture");
            }
        } catch (IOException | MalformedModelException e) {
            throw new IllegalArgumentException("cannot load parameters from " + file
                    + " (saved from another architecture, or not a DJL parameter file?): " + e.getMessage(), e);
        }
    }
}
