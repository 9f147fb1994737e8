package io.crbench.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner itself, exercised with coreutils programs so it needs no codec installed. */
class ExternalToolTest {
    @TempDir
    Path tempRoot;

    private ExternalTool coreutil(String name, Duration timeout) {
        ExternalTool tool = new ExternalTool(name, "coreutils", timeout, tempRoot);
        assumeTrue(tool.isInstalled(), () -> name + " not on PATH");
        return tool;
    }

    private List<Path> leftInTempRoot() throws IOException {
        try (Stream<Path> files = Files.list(tempRoot)) {
            return files.toList();
        }
    }

    @Test
    void convertReturnsTheOutputFileAndDeletesItsDirectory() throws IOException {
        ExternalTool cp = coreutil("cp", ExternalTool.DEFAULT_TIMEOUT);
        byte[] input = "pixels".getBytes(StandardCharsets.US_ASCII);
        byte[] output = cp.convert(input, "in.bin", "out.bin", (in, out) -> List.of(in.toString(), out.toString()));
        assertThat(output).isEqualTo(input);
        assertThat(leftInTempRoot()).isEmpty();
    }

    @Test
    void nonZeroExitNamesCommandExitCodeAndOutputTailAndCleansUp() throws IOException {
        ExternalTool ls = coreutil("ls", ExternalTool.DEFAULT_TIMEOUT);
        assertThatThrownBy(() -> ls.convert(new byte[1], "in.bin", "out.bin",
                (in, out) -> List.of(in.resolveSibling("no-such-file").toString())))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("ls failed with exit code 2")
                .hasMessageContaining("no-such-file")
                .hasMessageContaining("output tail");
        assertThat(leftInTempRoot()).isEmpty();
    }

    @Test
    void missingOutputIsAnError() throws IOException {
        ExternalTool trueTool = coreutil("true", ExternalTool.DEFAULT_TIMEOUT);
        assertThatThrownBy(() -> trueTool.convert(new byte[1], "in.bin", "out.bin", (in, out) -> List.of()))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("wrote no out.bin");
        assertThat(leftInTempRoot()).isEmpty();
    }

    @Test
    void aHangingToolIsKilledAtTheTimeout() throws IOException {
        ExternalTool sleep = coreutil("sleep", Duration.ofMillis(300));
        long start = System.nanoTime();
        assertThatThrownBy(() -> sleep.convert(new byte[1], "in.bin", "out.bin", (in, out) -> List.of("30")))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("sleep timed out after 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(leftInTempRoot()).isEmpty();
        // A hung tool starts no further call: the next one fails at once.
        long again = System.nanoTime();
        assertThatThrownBy(() -> sleep.convert(new byte[1], "in.bin", "out.bin", (in, out) -> List.of("0")))
                .isInstanceOf(CodecException.class).hasMessageContaining("hung earlier in this run");
        assertThat(Duration.ofNanos(System.nanoTime() - again)).isLessThan(Duration.ofMillis(300));
    }

    @Test
    void aTimeoutKillsTheWholeProcessTree(@TempDir Path scratch) throws Exception {
        Path script = scratch.resolve("hang.sh");
        Files.writeString(script, "#!/bin/sh\nsleep 300 &\necho $! > \"$1\"\nwait\n");
        script.toFile().setExecutable(true);
        Path pidFile = scratch.resolve("child.pid");
        System.setProperty("crbench.tools.hang", script.toString());
        try {
            ExternalTool hang = new ExternalTool("hang", "none", Duration.ofMillis(500), tempRoot);
            assertThatThrownBy(() -> hang.convert(new byte[1], "in.bin", "out.bin", (in, out) -> List.of(pidFile.toString())))
                    .hasMessageContaining("hang timed out after 500 ms");
        } finally {
            System.clearProperty("crbench.tools.hang");
        }
        long child = Long.parseLong(Files.readString(pidFile).strip());
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false)).as("grandchild alive").isFalse();
        assertThat(leftInTempRoot()).isEmpty();
    }

    @Test
    void directoriesOfADeadJvmAreSweptAndThoseOfARunningOneKept() throws IOException {
        Path dead = Files.createDirectories(tempRoot.resolve("crbench-avifenc-999999999-42").resolve("inner"));
        Path alive = Files.createDirectories(tempRoot.resolve("crbench-avifenc-" + ProcessHandle.current().pid() + "-7"));
        Path unrelated = Files.createDirectories(tempRoot.resolve("something-else"));
        ExternalTool.sweepDirectoriesOfDeadJvms(tempRoot);
        assertThat(leftInTempRoot()).containsExactlyInAnyOrder(alive, unrelated);
        assertThat(dead.getParent()).doesNotExist();
    }

    @Test
    void theTimeoutIsConfigurableInSeconds() {
        try {
            System.setProperty(ExternalTool.TIMEOUT_PROPERTY, "2.5");
            assertThat(ExternalTool.configuredTimeout()).isEqualTo(Duration.ofMillis(2500));
            System.setProperty(ExternalTool.TIMEOUT_PROPERTY, "soon");
            assertThatThrownBy(ExternalTool::configuredTimeout).hasMessageContaining("-Dcrbench.tool.timeout=soon");
            System.clearProperty(ExternalTool.TIMEOUT_PROPERTY);
            assertThat(ExternalTool.configuredTimeout()).isEqualTo(ExternalTool.DEFAULT_TIMEOUT);
        } finally {
            System.clearProperty(ExternalTool.TIMEOUT_PROPERTY);
        }
    }

    @Test
    void systemPropertyOverridesThePath() {
        Path cat = new ExternalTool("cat", "coreutils").locate().orElse(null);
        assumeTrue(cat != null, "cat not on PATH");
        ExternalTool renamed = new ExternalTool("crbench-test-cat", "coreutils", ExternalTool.DEFAULT_TIMEOUT, tempRoot);
        assertThat(renamed.isInstalled()).isFalse();
        System.setProperty(renamed.pathProperty(), cat.toString());
        try {
            assertThat(renamed.locate()).contains(cat);
        } finally {
            System.clearProperty(renamed.pathProperty());
        }
    }

    @Test
    void aMissingBinaryNamesItAndItsDebianPackage() {
        ExternalTool tool = new ExternalTool("crbench-no-such-encoder", "crbench-imaginary-package");
        assertThat(tool.isInstalled()).isFalse();
        assertThatThrownBy(() -> tool.convert(new byte[1], "in", "out", (in, out) -> List.of()))
                .isInstanceOf(CodecException.class)
                .hasMessage("crbench-no-such-encoder not found on PATH: apt-get install crbench-imaginary-package"
                        + " (or run scripts/setup.sh)");
    }
}
