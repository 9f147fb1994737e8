package io.crbench.datasets;

import io.crbench.files.Sha256;
import io.crbench.image.Image8;
import io.crbench.image.ImageFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Small generated data sets for tests: files written under {@code <root>/<name>/}, hashed into a manifest. */
public final class TinyDataset {
    private TinyDataset() {
    }

    /** A deterministic test pattern; different seeds give different pixels. */
    public static Image8 image(int width, int height, int channels, int seed) {
        return Image8.generate(width, height, channels, (x, y, c) -> (x * 7 + y * 13 + c * 61 + seed * 29) % 256);
    }

    /** Writes {@code image} as PNG to {@code <root>/<name>/<file>}. */
    public static Path writePng(Path root, String name, String file, Image8 image) {
        Path p = root.resolve(name).resolve(file);
        ImageFiles.writePng(image, p);
        return p;
    }

    /** Writes raw bytes to {@code <root>/<name>/<file>}. */
    public static Path writeBytes(Path root, String name, String file, byte[] bytes) {
        Path p = root.resolve(name).resolve(file);
        try {
            Files.createDirectories(p.getParent());
            return Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code file:} URL template serving {@code <root>/<name>/<file>}, standing in for a download server. */
    public static String fileUrlTemplate(Path root, String name) {
        return root.resolve(name).toUri() + DatasetSource.FILE_PLACEHOLDER;
    }

    /** A manifest listing every file under {@code <root>/<name>/} with its actual SHA-256. */
    public static DatasetManifest manifestOf(Path root, String name, List<String> classes, String urlTemplate) {
        Path folder = root.resolve(name);
        DatasetSource source = new DatasetSource("test/" + name, "0".repeat(40), "", urlTemplate);
        try (Stream<Path> walk = Files.walk(folder)) {
            List<DatasetFile> files = walk.filter(Files::isRegularFile)
                    .map(p -> new DatasetFile(folder.relativize(p).toString().replace('\\', '/'), sha(p), source))
                    .toList();
            return new DatasetManifest(name, "generated for a test", "none", classes, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data set under {@code <mirror>/<name>/}, located with {@code mirror} as the mirror folder. */
    public static LocalDataset locateInMirror(Path mirror, String name, List<String> classes, Path cache) {
        DatasetManifest m = manifestOf(mirror, name, classes, fileUrlTemplate(mirror, name));
        return new DatasetLocator(Optional.of(mirror), cache).locate(m);
    }

    private static String sha(Path p) {
        try {
            return Sha256.of(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
