package io.crbench.datasets;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A data set whose every file has been found locally and matched its manifest's SHA-256. Paths may
 * lie in the mirror (used in place) or in the cache.
 */
public final class LocalDataset {
    private final DatasetManifest manifest;
    private final Map<String, Path> paths;

    LocalDataset(DatasetManifest manifest, Map<String, Path> paths) {
        this.manifest = manifest;
        this.paths = new TreeMap<>(paths);
    }

    public DatasetManifest manifest() {
        return manifest;
    }

    public String name() {
        return manifest.name();
    }

    /** The files' paths relative to the data set, sorted (C-locale order, as {@code sha256sum} lists). */
    public List<String> files() {
        return List.copyOf(paths.keySet());
    }

    /**
     * The folder holding every file of the data set at its relative path (the mirror's folder, or
     * the cache's), for tools that take a folder.
     *
     * @throws DatasetException when the files lie in different folders (partly mirror, partly cache)
     */
    public Path folder() {
        Path root = null;
        for (Map.Entry<String, Path> e : paths.entrySet()) {
            Path p = e.getValue().toAbsolutePath();
            int depth = Path.of(e.getKey()).getNameCount();
            Path r = p.getRoot().resolve(p.subpath(0, p.getNameCount() - depth));
            if (root != null && !root.equals(r)) {
                throw new DatasetException(DatasetException.Reason.BAD_LAYOUT, name(), "its files lie in two folders, "
                        + root + " and " + r + "; copy them into one");
            }
            root = r;
        }
        return root;
    }

    /** The verified local path of {@code file}, a path relative to the data set. */
    public Path path(String file) {
        Path p = paths.get(file);
        if (p == null) {
            throw new DatasetException(DatasetException.Reason.MISSING_FILE, name(), "the manifest lists no file " + file);
        }
        return p;
    }
}
