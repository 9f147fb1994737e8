package io.crbench.baselines.restorers;

import io.crbench.experiment.Scale;
import io.crbench.restore.Restorer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The restoration front ends by name, trained (or loaded from the checkpoint cache) on first use
 * and then shared by every suite of the JVM, so each model is trained at most once per run. The
 * models stay open until the JVM exits.
 */
public final class RestorationMethods {
    /** ARCNN (Dong et al. 2015), one model per QF. */
    public static final String ARCNN = "arcnn";
    /** DnCNN (Zhang et al. 2017), one model per QF. */
    public static final String DNCNN = "dncnn";
    /** Seed 001's U-Net CAR, one model per QF. */
    public static final String UNET_CAR = "unet-car";
    /** Seed 004's blind quality-aware cascade, one model for QF 10..90 (the QF is ignored). */
    public static final String QUALITY_AWARE_CASCADE = "quality-aware-cascade";

    private static final Map<String, Restorer> LOADED = new ConcurrentHashMap<>();

    private RestorationMethods() {
    }

    /** All method names. */
    public static List<String> names() {
        return List.of(ARCNN, DNCNN, UNET_CAR, QUALITY_AWARE_CASCADE);
    }

    /**
     * The restorer of {@code method} for JPEG quality {@code quality} at {@code scale}. Training is
     * serialised: the engine's seed and gradient bookkeeping are global.
     */
    public static synchronized Restorer forQuality(String method, int quality, Scale scale) {
        String key = method.equals(QUALITY_AWARE_CASCADE) ? method + "/" + scale : method + "/" + quality + "/" + scale;
        Restorer r = LOADED.get(key);
        if (r == null) {
            r = switch (method) {
                case ARCNN -> Arcnn.PER_QUALITY.loadOrTrain(quality, scale);
                case DNCNN -> Dncnn.PER_QUALITY.loadOrTrain(quality, scale);
                case UNET_CAR -> UNetCarMethod.PER_QUALITY.loadOrTrain(quality, scale);
                case QUALITY_AWARE_CASCADE -> QualityAwareCascadeMethod.loadOrTrain(scale);
                default -> throw new IllegalArgumentException("unknown restoration method '" + method + "'; known: "
                        + names());
            };
            LOADED.put(key, r);
        }
        return r;
    }
}
