package io.crbench.codec;

import io.crbench.files.StaleFiles;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A command-line encoder or decoder from a Debian package ({@code avifenc}, {@code cwebp}, …), run
 * on one file at a time.
 *
 * <p>The binary is the system property {@code crbench.tools.<name>} when set (a path), else the
 * first executable {@code <name>} on {@code PATH}. Each {@link #convert} runs in a fresh private
 * temporary directory (owner-only permissions) that is deleted afterwards whatever happens, with a
 * timeout (system property {@value #TIMEOUT_PROPERTY}, in seconds; default 60); the tool's stdout
 * and stderr go to a file there so that a chatty tool can never block on a full pipe, and their
 * tail is quoted when the tool fails. On a timeout the whole process tree is killed, not only the
 * direct child, and the tool is marked hung: later calls fail at once instead of each waiting out
 * its own timeout (a parallel stream would otherwise go on starting calls after the first failed). A directory still in use when the JVM exits is deleted by a shutdown hook, and
 * directories left by a JVM that was killed (their names carry its process id) are deleted by the
 * next tool run. Immutable, so one instance can serve several threads: each call has its own
 * directory and process.
 */
public final class ExternalTool {
    /** Prefix of the system property that overrides a tool's path: {@code crbench.tools.avifenc}. */
    public static final String PATH_PROPERTY_PREFIX = "crbench.tools.";

    /** System property with the timeout of one tool call, in seconds. */
    public static final String TIMEOUT_PROPERTY = "crbench.tool.timeout";

    /** Generous for one image: a 224×224 encode takes tens of milliseconds. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private static final String DIRECTORY_PREFIX = "crbench-";
    private static final Pattern LEFT_BEHIND = Pattern.compile(DIRECTORY_PREFIX + "[a-z0-9_]+-(\\d{1,18})-.*");
    /** Directories of calls in flight, deleted by a shutdown hook if the JVM exits first. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(dir -> {
            try {
                deleteRecursively(dir);
            } catch (UncheckedIOException e) {
                // The JVM is going down; nothing better to do than leave it.
            }
        }), "crbench-tool-cleanup"));
    }

    private static final int OUTPUT_TAIL_CHARS = 2000;
    private static final String LOG_FILE_NAME = "tool-output.log";

    private final String name;
    private final String debianPackage;
    private final Duration timeout;
    private final Path tempRoot;
    /** The first timeout of this tool, after which no call is started. */
    private final AtomicReference<String> hung = new AtomicReference<>();

    /**
     * @param name the binary's file name, e.g. {@code avifenc}
     * @param debianPackage the Debian package that installs it, named in "not found" errors
     */
    public ExternalTool(String name, String debianPackage) {
        this(name, debianPackage, configuredTimeout(), null);
    }

    /** The timeout of {@value #TIMEOUT_PROPERTY}, or the default. */
    static Duration configuredTimeout() {
        String value = System.getProperty(TIMEOUT_PROPERTY, "").strip();
        if (value.isEmpty() || value.startsWith("${")) {
            return DEFAULT_TIMEOUT;
        }
        try {
            double seconds = Double.parseDouble(value);
            if (seconds > 0 && seconds <= 86_400) {
                return Duration.ofMillis(Math.round(seconds * 1000));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("-D" + TIMEOUT_PROPERTY + "=" + value
                + " is not a timeout in seconds (more than 0, at most 86400)");
    }

    /** As {@link #ExternalTool(String, String)}, with a timeout and a parent for temp directories (null: the JVM's). */
    ExternalTool(String name, String debianPackage, Duration timeout, Path tempRoot) {
        this.name = name;
        this.debianPackage = debianPackage;
        this.timeout = timeout;
        this.tempRoot = tempRoot;
    }

    public String name() {
        return name;
    }

    public String debianPackage() {
        return debianPackage;
    }

    /** The system property that overrides this tool's path. */
    public String pathProperty() {
        return PATH_PROPERTY_PREFIX + name;
    }

    /** The executable to run, or empty when it is not installed (or the override path is not executable). */
    public Optional<Path> locate() {
        String override = System.getProperty(pathProperty());
        if (override != null && !override.isBlank()) {
            Path path = Path.of(override);
            return isExecutableFile(path) ? Optional.of(path) : Optional.empty();
        }
        String searchPath = System.getenv("PATH");
        if (searchPath == null) {
            return Optional.empty();
        }
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, name);
                if (isExecutableFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    public boolean isInstalled() {
        return locate().isPresent();
    }

    /** Why {@link #locate()} found nothing, with the package to install. */
    public String notFoundMessage() {
        String override = System.getProperty(pathProperty());
        String where = override != null && !override.isBlank()
                ? " at " + override + " (set by -D" + pathProperty() + ")"
                : " on PATH";
        return name + " not found" + where + ": apt-get install " + debianPackage + " (or run scripts/setup.sh)";
    }

    /**
     * Writes {@code input} to {@code inputFileName} in a fresh private directory, runs this tool with
     * the arguments {@code arguments} builds from the input and output paths, and returns the bytes
     * of {@code outputFileName}. The directory is deleted before this returns or throws.
     *
     * @throws CodecException when the tool is missing, exits non-zero, times out or writes no output
     */
    public byte[] convert(byte[] input, String inputFileName, String outputFileName, Arguments arguments) {
        Path executable = locate().orElseThrow(() -> new CodecException(notFoundMessage()));
        String earlier = hung.get();
        if (earlier != null) {
            throw new CodecException(name + " hung earlier in this run, so no further call is started: " + earlier);
        }
        Path dir = createPrivateDirectory();
        LIVE.add(dir);
        byte[] output;
        try {
            output = convertIn(dir, executable, input, inputFileName, outputFileName, arguments);
        } catch (RuntimeException e) {
            try {
                deleteRecursively(dir);
            } catch (UncheckedIOException cleanup) {
                e.addSuppressed(cleanup);
            }
            LIVE.remove(dir);
            throw e;
        }
        deleteRecursively(dir);
        LIVE.remove(dir);
        return output;
    }

    private byte[] convertIn(Path dir, Path executable, byte[] input, String inputFileName, String outputFileName,
            Arguments arguments) {
        try {
            Path in = dir.resolve(inputFileName);
            Path out = dir.resolve(outputFileName);
            Path log = dir.resolve(LOG_FILE_NAME);
            Files.write(in, input);
            List<String> command = new ArrayList<>();
            command.add(executable.toString());
            command.addAll(arguments.between(in, out));
            run(command, dir, log);
            if (!Files.isRegularFile(out)) {
                throw new CodecException(name + " exited 0 but wrote no " + outputFileName + ": "
                        + String.join(" ", command) + tail(log));
            }
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new CodecException("I/O error around " + name + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    private void run(List<String> command, Path dir, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // An allocator preloaded into the JVM (pom.xml, profile tcmalloc) is for PyTorch's buffers;
        // loaded into every encoder too it made each launch about twice as slow.
        builder.environment().remove("LD_PRELOAD");
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                killTree(process);
                process.waitFor();
                String message = name + " timed out after " + timeout.toMillis() + " ms (-D" + TIMEOUT_PROPERTY
                        + " sets the limit in seconds): " + String.join(" ", command);
                hung.compareAndSet(null, message);
                throw new CodecException(message + tail(log));
            }
        } catch (InterruptedException e) {
            killTree(process);
            Thread.currentThread().interrupt();
            throw new CodecException(name + " interrupted: " + String.join(" ", command), e);
        }
        int exit = process.exitValue();
        if (exit != 0) {
            throw new CodecException(name + " failed with exit code " + exit + ": "
                    + String.join(" ", command) + tail(log));
        }
    }

    /** Kills {@code process} and every process it started, children first so none is orphaned. */
    private static void killTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    private Path createPrivateDirectory() {
        Path root = tempRoot == null ? Path.of(System.getProperty("java.io.tmpdir")) : tempRoot;
        if (SWEPT.add(root)) {
            sweepDirectoriesOfDeadJvms(root);
        }
        try {
            // Files.createTempDirectory makes the directory owner-only on POSIX file systems.
            return Files.createTempDirectory(root, DIRECTORY_PREFIX + name + "-" + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for " + name, e);
        }
    }

    /** Deletes {@code crbench-<tool>-<pid>-*} directories in {@code root} whose JVM is no longer running. */
    static void sweepDirectoriesOfDeadJvms(Path root) {
        try (Stream<Path> entries = Files.list(root)) {
            for (Path dir : entries.filter(Files::isDirectory).toList()) {
                Matcher m = LEFT_BEHIND.matcher(dir.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                    deleteRecursively(dir);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // Debris of another run is not worth failing this one for.
        }
    }

    private static String tail(Path log) {
        String text;
        try {
            // Decoded leniently: a tool's messages need not be valid UTF-8.
            text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
        if (text.isEmpty()) {
            return "";
        }
        return "\n--- output tail ---\n"
                + (text.length() > OUTPUT_TAIL_CHARS ? "…" + text.substring(text.length() - OUTPUT_TAIL_CHARS) : text);
    }

    private static boolean isExecutableFile(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }

    private static void deleteRecursively(Path dir) {
        try {
            StaleFiles.deleteTree(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete temporary directory " + dir, e);
        }
    }

    /** Builds a tool's arguments (everything after the executable) from its input and output files. */
    @FunctionalInterface
    public interface Arguments {
        /** The argument list for converting {@code input} into {@code output}. */
        List<String> between(Path input, Path output);
    }

    @Override
    public String toString() {
        return name + " (" + debianPackage + ")";
    }
}
