package io.crbench.experiment;

import io.crbench.degradation.Degradation;
import io.crbench.degradation.Degraded;
import io.crbench.image.Image8;
import java.util.List;
import java.util.function.IntToLongFunction;
import java.util.stream.IntStream;

/**
 * The one way an evaluation sees a data set degraded: consecutive chunks of the inputs, each
 * degraded once ({@link Degradation#degradeAll}, so in parallel, and a restorer batched), input
 * {@code i} with image seed {@code imageSeed(i)}, and the chunk handed to every method of the
 * evaluation. Chunks bound memory for large sets; a chunk's size also fixes the batches the methods
 * see, so an evaluation keeps its chunk size for its numbers to stay the same.
 */
public final class DegradedChunks {
    /** Images per chunk of the classification and fidelity evaluations. */
    public static final int DEFAULT_SIZE = 256;

    private DegradedChunks() {
    }

    /** What an evaluation does with one degraded chunk. */
    @FunctionalInterface
    public interface ChunkConsumer {
        /**
         * @param from index of the chunk's first input in the whole set
         * @param chunk the inputs {@code from .. from + chunk.size() - 1}, degraded, in input order
         */
        void accept(int from, List<Degraded> chunk);
    }

    /**
     * Degrades {@code inputs} a chunk of {@code size} at a time (the last may be smaller) and hands
     * each chunk to {@code consumer}, in input order.
     *
     * @throws IllegalArgumentException if there are no inputs or {@code size} is not positive
     */
    public static void forEach(List<Image8> inputs, Degradation degradation, IntToLongFunction imageSeed, int size,
            ChunkConsumer consumer) {
        if (inputs.isEmpty() || size < 1) {
            throw new IllegalArgumentException("need at least one input and a positive chunk size to evaluate "
                    + degradation.id() + ", got " + inputs.size() + " inputs and chunk size " + size);
        }
        for (int from = 0; from < inputs.size(); from += size) {
            int to = Math.min(inputs.size(), from + size);
            consumer.accept(from, degradation.degradeAll(inputs.subList(from, to),
                    IntStream.range(from, to).mapToLong(imageSeed::applyAsLong).toArray()));
        }
    }
}
