package io.crbench.experiment;

/**
 * How big an experiment runs: {@code ci} (minutes on 2 CPU cores, the default) or {@code paper}
 * (the papers' data sizes and training schedules, meant for a GPU box; Maven profile
 * {@code -Pfull}). Read from system property {@code crbench.scale}.
 */
public enum Scale {
    CI,
    PAPER;

    /** System property naming the scale. */
    public static final String PROPERTY = "crbench.scale";

    /** The scale of this run; an unknown value is an error naming the property. */
    public static Scale current() {
        String s = System.getProperty(PROPERTY, "ci").trim();
        return switch (s.isEmpty() ? "ci" : s) {
            case "ci" -> CI;
            case "paper" -> PAPER;
            default -> throw new IllegalArgumentException("-D" + PROPERTY + " must be 'ci' or 'paper', got '" + s + "'");
        };
    }

    /** {@code ci} at CI scale, {@code paper} at paper scale. */
    public <T> T pick(T ci, T paper) {
        return this == CI ? ci : paper;
    }

    /** {@code ci} at CI scale, {@code paper} at paper scale. */
    public int pick(int ci, int paper) {
        return this == CI ? ci : paper;
    }
}
