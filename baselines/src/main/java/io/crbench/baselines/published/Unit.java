package io.crbench.baselines.published;

import java.math.BigDecimal;

/**
 * Unit of a published value, as declared in a table file ({@code "unit"} and per-column overrides).
 * Accuracies stay in the unit the paper printed; {@link #toFraction(double)} converts them to the
 * fractions the suites write.
 */
public enum Unit {
    /** Decibels (PSNR, CPSNR). */
    DB("dB"),
    /** Accuracy as a fraction in [0, 1]. */
    FRACTION("fraction"),
    /** Accuracy in percent, 0 to 100. */
    PERCENT("percent"),
    /** Structural similarity index, dimensionless. */
    SSIM("ssim"),
    /** A count in millions, e.g. a network's parameters as printed under {@code Params(M)}. */
    MILLIONS("millions"),
    /**
     * Billions of operations, as printed under {@code FLOPs(G)}; papers often count one multiply-accumulate as one
     * operation, so each table file says what its paper counts, as far as known.
     */
    GFLOPS("GFLOPs"),
    /** Milliseconds of run time; hardware-specific, so suites report such cells but do not assert them. */
    MILLISECONDS("ms");

    private final String wire;

    Unit(String wire) {
        this.wire = wire;
    }

    /** The name used in the table files. */
    public String wire() {
        return wire;
    }

    /** Whether values in this unit are classification accuracies. */
    public boolean isAccuracy() {
        return this == FRACTION || this == PERCENT;
    }

    /**
     * An accuracy in this unit as a fraction in [0, 1].
     *
     * @throws IllegalStateException when this is not an accuracy unit
     */
    public double toFraction(double value) {
        return switch (this) {
            case FRACTION -> value;
            // Shift the decimal digits rather than divide, so 72.4 % gives the double nearest 0.724.
            case PERCENT -> BigDecimal.valueOf(value).movePointLeft(2).doubleValue();
            default -> throw new IllegalStateException("unit " + wire + " is not an accuracy unit");
        };
    }

    /**
     * A value in this unit on the scale results.jsonl uses: accuracies as fractions, counts
     * ({@link #MILLIONS}, {@link #GFLOPS}) as plain numbers; dB, SSIM and milliseconds unchanged.
     */
    public double toResultScale(double value) {
        return switch (this) {
            case FRACTION, PERCENT -> toFraction(value);
            case MILLIONS -> BigDecimal.valueOf(value).movePointRight(6).doubleValue();
            case GFLOPS -> BigDecimal.valueOf(value).movePointRight(9).doubleValue();
            case DB, SSIM, MILLISECONDS -> value;
        };
    }

    /**
     * The unit for a name used in the table files.
     *
     * @throws IllegalArgumentException naming the valid units when {@code s} is none of them
     */
    public static Unit fromWire(String s) {
        for (Unit u : values()) {
            if (u.wire.equals(s)) {
                return u;
            }
        }
        StringBuilder valid = new StringBuilder();
        for (Unit u : values()) {
            valid.append(valid.length() == 0 ? "" : ", ").append(u.wire);
        }
        throw new IllegalArgumentException("unknown unit '" + s + "'; valid units: " + valid);
    }
}
