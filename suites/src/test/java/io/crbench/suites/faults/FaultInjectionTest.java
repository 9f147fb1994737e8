package io.crbench.suites.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import io.crbench.codec.AvifCodec;
import io.crbench.codec.CodecException;
import io.crbench.codec.Codecs;
import io.crbench.datasets.DatasetException;
import io.crbench.datasets.DatasetFile;
import io.crbench.datasets.DatasetLocator;
import io.crbench.datasets.DatasetManifest;
import io.crbench.datasets.DatasetSource;
import io.crbench.datasets.Datasets;
import io.crbench.image.Image8;
import io.crbench.image.ImageDecodeException;
import io.crbench.image.ImageFiles;
import io.crbench.numerics.PyTorchEngine;
import io.crbench.reports.RunManifest;
import io.crbench.reports.RunManifestListener;
import io.crbench.result.RecordedBaselines;
import io.crbench.result.ResultsFile;
import io.crbench.train.CheckpointCache;
import io.crbench.train.CheckpointKey;
import io.crbench.train.LossCurve;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults done to copies of real inputs, as a hostile user or a failing machine would: each ends in
 * a clear error that names the file or setting, and nothing of an earlier run passes for current.
 * Data faults use a copy of the mirror's Classic5 (skipped without a mirror); encoder faults use
 * stand-in scripts in place of {@code avifenc}.
 */
class FaultInjectionTest {
    private static final String IMAGE = "3.bmp";

    @TempDir
    Path tmp;

    /** A copy of Classic5 as a mirror of its own, and its manifest with downloads that always fail. */
    private Path copyOfClassic5() throws Exception {
        Path source = Datasets.mirrorFromEnvironment().map(m -> m.resolve(Datasets.CLASSIC5)).orElse(null);
        assumeTrue(source != null && Files.isDirectory(source), "no mirror with Classic5 configured");
        Path mirror = tmp.resolve("mirror");
        Files.createDirectories(mirror.resolve(Datasets.CLASSIC5));
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.toList()) {
                Files.copy(f, mirror.resolve(Datasets.CLASSIC5).resolve(f.getFileName()));
            }
        }
        return mirror;
    }

    private DatasetManifest offline() {
        DatasetManifest m = Datasets.manifest(Datasets.CLASSIC5);
        String nowhere = tmp.resolve("nowhere").toUri() + DatasetSource.FILE_PLACEHOLDER;
        List<DatasetFile> files = m.files().stream().map(f -> new DatasetFile(f.path(), f.sha256(),
                new DatasetSource(f.source().repository(), f.source().commit(), f.source().pathPrefix(), nowhere)))
                .toList();
        return new DatasetManifest(m.name(), m.description(), m.licence(), m.classes(), files);
    }

    private DatasetLocator locator(Path mirror) {
        return new DatasetLocator(Optional.of(mirror), tmp.resolve("cache"));
    }

    @Test
    void aFlippedOrTruncatedImageIsAChecksumErrorNamingIt() throws Exception {
        Path mirror = copyOfClassic5();
        Path image = mirror.resolve(Datasets.CLASSIC5).resolve(IMAGE);
        byte[] original = Files.readAllBytes(image);
        byte[] flipped = original.clone();
        flipped[flipped.length / 2] ^= 0x10;
        Files.write(image, flipped);
        assertThatThrownBy(() -> locator(mirror).locate(offline())).isInstanceOf(DatasetException.class)
                .hasMessageContaining("checksum mismatch for " + IMAGE);
        Files.write(image, Arrays.copyOf(original, original.length / 3));
        assertThatThrownBy(() -> locator(mirror).locate(offline())).hasMessageContaining("checksum mismatch for " + IMAGE);
        assertThatThrownBy(() -> ImageFiles.read(image)).isInstanceOf(ImageDecodeException.class)
                .hasMessageContaining(IMAGE).hasMessageNotContaining(": null");
    }

    @Test
    void aMissingFileOrAWrongLayoutSaysWhatWasExpected() throws Exception {
        Path mirror = copyOfClassic5();
        Path folder = mirror.resolve(Datasets.CLASSIC5);
        Files.delete(folder.resolve(IMAGE));
        assertThatThrownBy(() -> locator(mirror).locate(offline())).isInstanceOf(DatasetException.class)
                .hasMessageContaining("cannot get " + IMAGE).hasMessageContaining("CRBENCH_MIRROR");
        Files.createDirectories(folder.resolve("test"));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.move(f, folder.resolve("test").resolve(f.getFileName()));
            }
        }
        assertThatThrownBy(() -> locator(mirror).locate(offline())).hasMessageContaining("layout may be wrong")
                .hasMessageContaining("test/");
    }

    @Test
    void anEncoderThatFailsOrWritesGarbageIsAnErrorNamingTheCodec() throws Exception {
        Image8 image = Image8.generate(16, 16, 3, (x, y, c) -> 16 * x + c);
        Path failing = script("failing-avifenc", "echo 'encoder exploded' >&2\nexit 3\n");
        Path garbage = script("garbage-avifenc", "for last; do :; done\nhead -c 512 /dev/urandom > \"$last\"\n");
        String property = "crbench.tools.avifenc";
        try {
            System.setProperty(property, failing.toString());
            assertThatThrownBy(() -> new AvifCodec(25).roundTrip(image)).isInstanceOf(CodecException.class)
                    .hasMessageContaining("avif(q=25)").hasMessageContaining("exit code 3")
                    .hasMessageContaining("encoder exploded");
            System.setProperty(property, garbage.toString());
            assumeTrue(Codecs.available("avif"), "avifdec not installed");
            assertThatThrownBy(() -> new AvifCodec(25).roundTrip(image)).isInstanceOf(CodecException.class)
                    .hasMessageContaining("avif(q=25)").hasMessageContaining("avifdec");
        } finally {
            System.clearProperty(property);
        }
        assertThat(leftovers()).as("temporary folders of the failed calls").isEmpty();
    }

    private Path script(String name, String body) throws Exception {
        Path script = Files.writeString(tmp.resolve(name), "#!/bin/sh\n" + body);
        script.toFile().setExecutable(true);
        return script;
    }

    private static List<Path> leftovers() throws Exception {
        String pid = Long.toString(ProcessHandle.current().pid());
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().matches("crbench-avif(enc|dec)-" + pid + "-.*"))
                    .toList();
        }
    }

    @Test
    void aMalformedOrMissingAcceptedFileStopsTheGate() throws Exception {
        Path accepted = Path.of(System.getProperty("user.dir")).resolve("../baselines/recorded/accepted/000.jsonl");
        List<String> lines = Files.readAllLines(accepted);
        Path copy = tmp.resolve("accepted.jsonl");
        Files.write(copy, List.of(lines.get(0), lines.get(1).replaceFirst("\"measured\":[-0-9.Ee]+", "\"measured\":\"abc\"")));
        assertThatThrownBy(() -> RecordedBaselines.load(copy)).hasMessageContaining("accepted.jsonl:2")
                .hasMessageContaining("not a number");
        Files.write(copy, List.of(lines.get(0), lines.get(0)));
        assertThatThrownBy(() -> RecordedBaselines.load(copy)).hasMessageContaining("accepted twice");
        String before = System.getProperty(RecordedBaselines.FILE_PROPERTY);
        System.setProperty(RecordedBaselines.FILE_PROPERTY, tmp.resolve("typo.jsonl").toString());
        try {
            assertThatThrownBy(RecordedBaselines::fromSystemProperty).hasMessageContaining("typo.jsonl")
                    .hasMessageContaining("does not exist");
        } finally {
            if (before == null) {
                System.clearProperty(RecordedBaselines.FILE_PROPERTY);
            } else {
                System.setProperty(RecordedBaselines.FILE_PROPERTY, before);
            }
        }
    }

    @Test
    void aFlippedCheckpointByteIsDetected() throws Exception {
        CheckpointCache cache = new CheckpointCache(tmp.resolve("checkpoints"), false);
        CheckpointKey key = new CheckpointKey("tiny(q=10)", "r", "jpeg(q=10)", "mse", List.of("none"), 1, "t-1");
        try (NDManager manager = PyTorchEngine.newManager()) {
            Block block = Linear.builder().setUnits(4).build();
            block.initialize(manager, DataType.FLOAT32, new Shape(1, 4));
            cache.store(key, block, LossCurve.of(new float[] {1f}));
        }
        Path weights = cache.folderOf(key).resolve(CheckpointCache.PARAMETERS_FILE);
        byte[] bytes = Files.readAllBytes(weights);
        bytes[bytes.length - 1] ^= 1;
        Files.write(weights, bytes);
        assertThatThrownBy(() -> cache.lookup(key)).hasMessageContaining(cache.folderOf(key).toString())
                .hasMessageContaining("damaged").hasMessageContaining("-Dcrbench.retrain=true");
    }

    @Test
    void aKilledRunLeavesAManifestThatSaysIncomplete() throws Exception {
        String before = System.getProperty(ResultsFile.DIR_PROPERTY);
        System.setProperty(ResultsFile.DIR_PROPERTY, tmp.toString());
        try {
            // The run starts and is killed before its plan ends: no finishing call comes.
            new RunManifestListener().testPlanExecutionStarted(null);
        } finally {
            if (before == null) {
                System.clearProperty(ResultsFile.DIR_PROPERTY);
            } else {
                System.setProperty(ResultsFile.DIR_PROPERTY, before);
            }
        }
        assertThat(Files.readString(tmp.resolve(RunManifest.FILE_NAME))).contains("\"status\" : \"incomplete\"");
    }
}
