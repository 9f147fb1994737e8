package io.crbench.evaluate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crbench} command: robustness of a team's own classifier under lossy compression. */
@Command(name = "crbench", mixinStandardHelpOptions = true, version = "crbench 0.1.0", usageHelpWidth = 110,
        description = "Measures how much accuracy an image classifier loses under lossy compression (JPEG, double"
                + " JPEG, AVIF, WebP, JPEG XL, JPEG 2000), with confidence intervals, and gates it against an"
                + " accepted baseline.",
        subcommands = {EvaluateCommand.class, MergeCommand.class, CompareCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 success; 1 a case regressed against the baseline; 2 bad input or usage."})
public final class CrbenchCommand {
    /** Exit status of a run whose gate failed. */
    static final int GATE_FAILED = 1;
    /** Exit status of bad input: a missing file, a wrong layout, an unknown setting. */
    static final int BAD_INPUT = 2;

    private CrbenchCommand() {
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line; returns the exit status (for tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new CrbenchCommand());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("crbench: error: " + e.getMessage());
            return BAD_INPUT;
        });
        cli.setParameterExceptionHandler((e, args2) -> {
            e.getCommandLine().getErr().println("crbench: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return BAD_INPUT;
        });
        return cli.execute(args);
    }
}
