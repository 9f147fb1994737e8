package io.crbench.datasets.fashionmnist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crbench.datasets.DatasetException;
import io.crbench.files.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fashion-MNIST's manifest ({@code manifests/fashion-mnist.json}): where Debian installs the
 * files, upstream's URL at a fixed commit, the class names in label order, and every file's
 * {@link PinnedGzipFile pins}. It has its own form because one SHA-256 per file cannot describe
 * a data set whose Debian and upstream copies are gzipped differently.
 *
 * @param name data set name for result rows, {@code fashion-mnist}
 * @param description what the data is and how it is pinned
 * @param licence the licence
 * @param debianPackage the Debian package that installs the files
 * @param debianFolder where the package puts them
 * @param urlTemplate upstream's raw URL of a file, {@code {file}} standing for its name
 * @param classes class names, label i first at index i
 * @param files the pinned files by name
 */
public record FashionMnistManifest(String name, String description, String licence, String debianPackage,
        Path debianFolder, String urlTemplate, List<String> classes, Map<String, PinnedGzipFile> files) {
    private static final String RESOURCE = "/io/crbench/datasets/manifests/fashion-mnist.json";

    public FashionMnistManifest {
        classes = List.copyOf(classes);
        files = Map.copyOf(files);
    }

    /** The manifest shipped with this module. */
    public static FashionMnistManifest builtIn() {
        try (InputStream in = FashionMnistManifest.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw bad("resource " + RESOURCE + " is missing");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new DatasetException(DatasetException.Reason.BAD_MANIFEST, FashionMnist.NAME,
                    "cannot read " + RESOURCE + ": " + e, e);
        }
    }

    /** The pins of {@code fileName}. */
    public PinnedGzipFile file(String fileName) {
        PinnedGzipFile f = files.get(fileName);
        if (f == null) {
            throw bad("the manifest pins no file " + fileName + "; it pins " + files.keySet());
        }
        return f;
    }

    /** Upstream's URL of {@code fileName}. */
    public String upstreamUrl(String fileName) {
        return urlTemplate.replace("{file}", fileName);
    }

    private static FashionMnistManifest parse(JsonNode root) {
        List<String> classes = new ArrayList<>();
        root.path("classes").forEach(c -> classes.add(c.asText()));
        Map<String, PinnedGzipFile> files = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("files").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            PinnedGzipFile f = new PinnedGzipFile(e.getKey(), hash(e.getValue(), "sha256", e.getKey()),
                    hash(e.getValue(), "idxSha256", e.getKey()), text(e.getValue(), "upstreamMd5"));
            files.put(f.fileName(), f);
        }
        if (classes.size() != 10 || files.size() != 4) {
            throw bad("expected 10 classes and 4 files, got " + classes.size() + " and " + files.size());
        }
        return new FashionMnistManifest(text(root, "name"), text(root, "description"), text(root, "licence"),
                text(root, "debianPackage"), Path.of(text(root, "debianFolder")),
                text(root.path("upstream"), "urlTemplate"), classes, files);
    }

    private static String hash(JsonNode node, String field, String file) {
        String h = text(node, field);
        if (!Sha256.isWellFormed(h)) {
            throw bad(field + " of " + file + " is not a lowercase hex SHA-256: " + h);
        }
        return h;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw bad(RESOURCE + " lacks text field \"" + field + "\"");
        }
        return v.asText();
    }

    private static DatasetException bad(String message) {
        return new DatasetException(DatasetException.Reason.BAD_MANIFEST, FashionMnist.NAME, message);
    }
}
