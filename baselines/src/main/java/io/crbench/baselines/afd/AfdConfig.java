package io.crbench.baselines.afd;

import io.crbench.experiment.Scale;
import java.util.Locale;

/**
 * One AFD-Module variant: where it plugs into the backbone, what guides it, and its size.
 *
 * @param stage the backbone stage whose output it enhances (seed 002 Table I's depth D1..D4 =
 *     stages 1..4 of the stand-in backbone)
 * @param guidance what FDE-Net reads ({@link GuidanceInput#NONE}: FE-Net alone)
 * @param width FE-Net's width w
 * @param mapChannels channels of the feature drifting map (ignored without guidance)
 */
public record AfdConfig(int stage, GuidanceInput guidance, int width, int mapChannels) {
    /** FE-Net width at CI scale: small enough to train in seconds on 2 cores. */
    public static final int CI_WIDTH = 8;
    /**
     * FE-Net width at paper scale: about the paper's 0.11 M parameters (Table VII) once the input
     * features are ResNet-size; the paper gives no width.
     */
    public static final int PAPER_WIDTH = 32;
    /**
     * FE-Net width in the CIFAR-10 replication: as wide as the ResNet-20 features it enhances (16
     * channels at stage 1).
     */
    public static final int REPLICATION_WIDTH = 16;
    /** FDM channels of every guided variant (the paper gives none). */
    public static final int MAP_CHANNELS = 4;

    public AfdConfig {
        if (stage < 1 || width < 1 || mapChannels < 1) {
            throw new IllegalArgumentException("AFD needs a stage >= 1, a positive width and map channels, got stage "
                    + stage + ", width " + width + ", map channels " + mapChannels);
        }
    }

    /** The paper's module (DCT guidance) at {@code stage}, sized for {@code scale}. */
    public static AfdConfig at(int stage, Scale scale) {
        return new AfdConfig(stage, GuidanceInput.DCT, scale.pick(CI_WIDTH, PAPER_WIDTH), MAP_CHANNELS);
    }

    /**
     * The CIFAR-10 replication's module guided by {@code guidance}: on the ResNet-20's first ReLU
     * (stage 1, the paper's insertion point), {@link #REPLICATION_WIDTH} wide.
     */
    public static AfdConfig replication(GuidanceInput guidance) {
        return new AfdConfig(1, guidance, REPLICATION_WIDTH, MAP_CHANNELS);
    }

    /** This variant with other guidance. */
    public AfdConfig guidedBy(GuidanceInput newGuidance) {
        return new AfdConfig(stage, newGuidance, width, mapChannels);
    }

    /** Channels FE-Net receives from the FDM: 0 without guidance. */
    public int guideChannels() {
        return guidance == GuidanceInput.NONE ? 0 : mapChannels;
    }

    /** E.g. {@code afd(stage=1,guidance=dct,w=16,fdm=8)}. */
    public String id() {
        return String.format(Locale.ROOT, "afd(stage=%d,guidance=%s,w=%d,fdm=%d)", stage, guidance.id(), width,
                guideChannels());
    }

    @Override
    public String toString() {
        return id();
    }
}
