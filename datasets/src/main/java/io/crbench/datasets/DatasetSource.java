package io.crbench.datasets;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where a data set's files come from upstream: a public repository at a fixed commit, the folder
 * inside it, and the URL template that downloads one file ({@code {file}} stands for the file's
 * path relative to the data set, percent-encoded).
 *
 * @param repository  {@code owner/name} on GitHub
 * @param commit      full commit id the hashes were taken at
 * @param pathPrefix  folder of the data set inside the repository, ending in {@code /}, or empty
 * @param urlTemplate download URL with a {@code {file}} placeholder
 */
public record DatasetSource(String repository, String commit, String pathPrefix, String urlTemplate) {
    /** The placeholder in {@link #urlTemplate()} that stands for a file's relative path. */
    public static final String FILE_PLACEHOLDER = "{file}";

    public DatasetSource {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        Objects.requireNonNull(urlTemplate, "urlTemplate");
        if (!urlTemplate.contains(FILE_PLACEHOLDER)) {
            throw new IllegalArgumentException("URL template has no " + FILE_PLACEHOLDER + ": " + urlTemplate);
        }
    }

    /** The raw-content URL GitHub serves a file of {@code repository} at {@code commit} from. */
    public static String rawGitHubTemplate(String repository, String commit, String pathPrefix) {
        return "https://raw.githubusercontent.com/" + repository + "/" + commit + "/" + pathPrefix + FILE_PLACEHOLDER;
    }

    /** The file's path inside the upstream repository. */
    public String upstreamPath(String file) {
        return pathPrefix + file;
    }

    /** The URL that downloads {@code file} (a path relative to the data set). */
    public String url(String file) {
        return urlTemplate.replace(FILE_PLACEHOLDER, percentEncodePath(file));
    }

    /** Encodes everything but RFC 3986 unreserved characters and {@code /}: ImageNet names contain apostrophes. */
    private static String percentEncodePath(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }
}
