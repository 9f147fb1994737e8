package io.crbench.datasets;

import io.crbench.files.Sha256;
import java.util.Objects;

/**
 * One file of a data set.
 *
 * @param path   path relative to the data set's folder, {@code /}-separated (e.g. {@code cat/cat_s_000005.png})
 * @param sha256 expected SHA-256, lowercase hex
 * @param source where it is downloaded from when no local copy exists
 */
public record DatasetFile(String path, String sha256, DatasetSource source) {
    public DatasetFile {
        Objects.requireNonNull(source, "source");
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\")
                || path.endsWith("/") || ("/" + path + "/").contains("/../") || ("/" + path + "/").contains("/./")
                || path.contains("//")) {
            throw new IllegalArgumentException("not a plain relative file path: " + path);
        }
        if (!Sha256.isWellFormed(sha256)) {
            throw new IllegalArgumentException("not a lowercase hex SHA-256 for " + path + ": " + sha256);
        }
    }

    /** The URL this file is downloaded from. */
    public String downloadUrl() {
        return source.url(path);
    }

    /** The last path segment. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
