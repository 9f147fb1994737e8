package io.crbench.baselines.ensemble;

import io.crbench.experiment.LevelHits;
import java.util.EnumMap;
import java.util.Map;

/**
 * The per-image top-1 hits of all six {@link Pipeline}s at every level of a grid, on one test set
 * and one {@link DegradationKind}: everything seed 003's tables and claims are computed from.
 *
 * @param kind the degradation swept
 * @param hits each pipeline's hits, same images and levels for all
 */
public record PipelineHits(DegradationKind kind, Map<Pipeline, LevelHits> hits) {
    public PipelineHits {
        if (hits.size() != Pipeline.values().length) {
            throw new IllegalArgumentException("need the hits of all " + Pipeline.values().length + " pipelines, got "
                    + hits.keySet());
        }
        hits = Map.copyOf(new EnumMap<>(hits));
    }

    /** One pipeline's hits. */
    public LevelHits of(Pipeline pipeline) {
        return hits.get(pipeline);
    }

    /** Number of test images. */
    public int images() {
        return hits.get(Pipeline.CLA_ORG).images();
    }
}
