package io.crbench.evaluate.cli;

import io.crbench.evaluate.RobustnessEvaluation;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar with an ETA on standard error: redrawn in place on a terminal, one line per tenth
 * of the run otherwise (CI logs).
 */
final class ConsoleProgress implements RobustnessEvaluation.Progress {
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private long start;
    private int total;
    private int conditions;
    private int lastTenth = -1;

    ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void started(int images, int conditions) {
        this.start = System.nanoTime();
        this.total = images;
        this.conditions = conditions;
        out.printf(Locale.ROOT, "crbench: %d images x %d conditions%n", images, conditions);
    }

    @Override
    public void advanced(int done) {
        double elapsed = (System.nanoTime() - start) / 1e9;
        double eta = done == 0 ? Double.NaN : elapsed * (total - done) / done;
        int filled = total == 0 ? WIDTH : WIDTH * done / total;
        String line = String.format(Locale.ROOT, "[%s%s] %d/%d images, %s elapsed, ETA %s", "#".repeat(filled),
                " ".repeat(WIDTH - filled), done, total, clock(elapsed), clock(eta));
        if (terminal) {
            out.print("\r" + line);
        } else {
            int tenth = total == 0 ? 10 : 10 * done / total;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                out.println(line);
            }
        }
    }

    @Override
    public void finished() {
        if (terminal) {
            out.println();
        }
        out.printf(Locale.ROOT, "crbench: measured in %s%n", clock((System.nanoTime() - start) / 1e9));
    }

    private static String clock(double seconds) {
        if (Double.isNaN(seconds)) {
            return "--:--";
        }
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
