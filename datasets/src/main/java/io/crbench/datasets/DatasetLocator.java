package io.crbench.datasets;

import io.crbench.files.Sha256;
import io.crbench.files.StaleFiles;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Finds a verified local copy of each file of a data set, trying in order:
 *
 * <ol>
 *   <li>the mirror, {@code <mirror>/<name>/<file>}: verified and used in place, never copied;</li>
 *   <li>the cache, {@code <cache>/<name>/<file>}: verified and used in place;</li>
 *   <li>the file's download URL: streamed into a temporary file next to its cache location,
 *       verified, then atomically renamed into place, so the cache never holds a partial or
 *       corrupt file.</li>
 * </ol>
 *
 * A mirror or cache file with the wrong SHA-256 is an error, not a reason to fall back: silently
 * replacing it would hide corruption. Verified files are remembered for the life of the JVM.
 */
public final class DatasetLocator {
    private static final int CONNECT_TIMEOUT_MS = 30_000;
    private static final int READ_TIMEOUT_MS = 60_000;

    private final Path mirror;
    private final Path cacheDir;

    /**
     * @param mirror   folder holding {@code <name>/<file>} copies, or empty for none
     * @param cacheDir folder downloads are kept in, created on first download
     */
    public DatasetLocator(Optional<Path> mirror, Path cacheDir) {
        this.mirror = mirror.orElse(null);
        this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir");
    }

    public Optional<Path> mirror() {
        return Optional.ofNullable(mirror);
    }

    public Path cacheDir() {
        return cacheDir;
    }

    /**
     * Every file of the manifest, verified. Local copies are checked in parallel; missing files are
     * then downloaded one at a time, stopping at the first failure.
     */
    public LocalDataset locate(DatasetManifest manifest) {
        Map<String, Path> found = new ConcurrentHashMap<>();
        manifest.files().parallelStream().forEach(f -> findLocal(manifest, f).ifPresent(p -> found.put(f.path(), p)));
        for (DatasetFile f : manifest.files()) {
            if (!found.containsKey(f.path())) {
                found.put(f.path(), download(manifest, f));
            }
        }
        return new LocalDataset(manifest, found);
    }

    /** One file of the manifest, verified (e.g. the single model file of a model "data set"). */
    public Path locate(DatasetManifest manifest, String file) {
        DatasetFile f = manifest.file(file).orElseThrow(() -> new DatasetException(
                DatasetException.Reason.MISSING_FILE, manifest.name(), "the manifest lists no file " + file));
        return findLocal(manifest, f).orElseGet(() -> download(manifest, f));
    }

    private Optional<Path> findLocal(DatasetManifest manifest, DatasetFile f) {
        if (mirror != null) {
            Path p = mirrorPath(manifest, f);
            if (Files.isRegularFile(p)) {
                verify(manifest, f, p, "in the mirror (" + p + "); the mirror is read-only, so fix or remove it there");
                return Optional.of(p);
            }
        }
        Path c = cachePath(manifest, f);
        if (Files.isRegularFile(c)) {
            verify(manifest, f, c, "in the cache (" + c + "); delete it to download it again");
            return Optional.of(c);
        }
        return Optional.empty();
    }

    private void verify(DatasetManifest manifest, DatasetFile f, Path p, String where) {
        String actual;
        try {
            actual = VerifiedFiles.hash(p, f.sha256());
        } catch (IOException e) {
            throw new DatasetException(DatasetException.Reason.IO_ERROR, manifest.name(), "cannot read " + p + ": " + e, e);
        }
        if (!actual.equals(f.sha256())) {
            throw mismatch(manifest, f, actual, where);
        }
    }

    private Path download(DatasetManifest manifest, DatasetFile f) {
        Path target = cachePath(manifest, f);
        String url = f.downloadUrl();
        Path partial;
        try {
            Files.createDirectories(target.getParent());
            StaleFiles.sweep(target.getParent(), name -> name.endsWith(".part"), StaleFiles.STALE_AFTER);
            partial = Files.createTempFile(target.getParent(), f.fileName() + ".", ".part");
        } catch (IOException e) {
            throw new DatasetException(DatasetException.Reason.IO_ERROR, manifest.name(),
                    "cannot write to the cache folder " + target.getParent() + ": " + e, e);
        }
        boolean moved = false;
        try {
            String actual;
            try (InputStream in = open(manifest, f, url); OutputStream out = Files.newOutputStream(partial)) {
                actual = Sha256.copy(in, out);
            }
            if (!actual.equals(f.sha256())) {
                throw mismatch(manifest, f, actual, "downloaded from " + url + " (nothing was cached)");
            }
            // Same folder, so the rename is atomic and replaces any copy another process won the race with.
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            VerifiedFiles.remember(target, f.sha256());
            return target;
        } catch (IOException e) {
            throw notFound(manifest, f, DatasetException.Reason.UNREACHABLE,
                    "copying " + url + " into " + partial + " failed: " + e, e);
        } finally {
            if (!moved) {
                deletePartial(manifest, partial);
            }
        }
    }

    private InputStream open(DatasetManifest manifest, DatasetFile f, String url) throws IOException {
        URLConnection connection;
        try {
            connection = URI.create(url).toURL().openConnection();
        } catch (IllegalArgumentException e) {
            throw new DatasetException(DatasetException.Reason.BAD_MANIFEST, manifest.name(),
                    "download URL of " + f.path() + " is malformed: " + url, e);
        }
        connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
        connection.setReadTimeout(READ_TIMEOUT_MS);
        try {
            if (connection instanceof HttpURLConnection http) {
                int status = http.getResponseCode();
                if (status == HttpURLConnection.HTTP_NOT_FOUND || status == HttpURLConnection.HTTP_GONE) {
                    throw notFound(manifest, f, DatasetException.Reason.MISSING_FILE, url + " answered HTTP " + status, null);
                }
                if (status != HttpURLConnection.HTTP_OK) {
                    throw notFound(manifest, f, DatasetException.Reason.UNREACHABLE, url + " answered HTTP " + status, null);
                }
            }
            return connection.getInputStream();
        } catch (FileNotFoundException | NoSuchFileException e) {
            throw notFound(manifest, f, DatasetException.Reason.MISSING_FILE, url + " does not exist", e);
        } catch (IOException e) {
            throw notFound(manifest, f, DatasetException.Reason.UNREACHABLE, url + " is unreachable: " + e, e);
        }
    }

    private void deletePartial(DatasetManifest manifest, Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new DatasetException(DatasetException.Reason.IO_ERROR, manifest.name(),
                    "cannot delete partial download " + partial + ": " + e, e);
        }
    }

    private DatasetException mismatch(DatasetManifest manifest, DatasetFile f, String actual, String where) {
        return new DatasetException(DatasetException.Reason.CHECKSUM_MISMATCH, manifest.name(),
                "checksum mismatch for " + f.path() + ": expected SHA-256 " + f.sha256() + ", got " + actual
                        + " for the copy " + where);
    }

    /** An error that lists every place tried, and how to point the product at a mirror. */
    private DatasetException notFound(DatasetManifest manifest, DatasetFile f, DatasetException.Reason reason,
            String detail, Throwable cause) {
        String mirrorTried = mirror == null
                ? "no mirror configured"
                : mirrorPath(manifest, f) + (Files.isDirectory(mirror) ? " (absent)" : " (mirror folder " + mirror + " does not exist)");
        return new DatasetException(reason, manifest.name(), "cannot get " + f.path() + ". Tried mirror: " + mirrorTried
                + "; cache: " + cachePath(manifest, f) + " (absent); download: " + detail
                + ". To use a local copy, set -D" + Datasets.MIRROR_PROPERTY + "=DIR or " + Datasets.MIRROR_ENV
                + "=DIR to a folder that holds " + manifest.name() + "/" + f.path() + "." + layoutHint(manifest), cause);
    }

    /**
     * When the mirror holds a folder for the data set but not the file, what the manifest expects
     * next to what the folder holds, so a wrong layout shows as one.
     */
    private String layoutHint(DatasetManifest manifest) {
        Path folder = mirror == null ? null : mirror.resolve(manifest.name());
        if (folder == null || !Files.isDirectory(folder)) {
            return "";
        }
        List<String> present;
        try (Stream<Path> files = Files.walk(folder, 3)) {
            present = files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().limit(3)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
        List<String> expected = manifest.files().stream().map(DatasetFile::path).limit(3).toList();
        return " The mirror's " + folder + " exists, so its layout may be wrong: the manifest expects "
                + manifest.files().size() + " files such as " + expected + ", the folder holds "
                + (present.isEmpty() ? "no files" : "files such as " + present) + ".";
    }

    private Path mirrorPath(DatasetManifest manifest, DatasetFile f) {
        return mirror.resolve(manifest.name()).resolve(f.path());
    }

    private Path cachePath(DatasetManifest manifest, DatasetFile f) {
        return cacheDir.resolve(manifest.name()).resolve(f.path());
    }
}
