package io.crbench.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crbench.files.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads a manifest from JSON:
 *
 * <pre>{@code
 * { "name": "...", "description": "...", "licence": "...", "classes": ["..."],   // classes optional
 *   "sources": [ { "repository": "owner/repo", "commit": "<sha1>", "pathPrefix": "dir/",
 *                  "urlTemplate": "https://.../{file}",
 *                  "files": { "<relative path>": "<sha256>", ... } } ] }
 * }</pre>
 *
 * A source with many files names a gzipped {@code sha256sum}-format list instead of {@code files}:
 * {@code "fileList": "<name>.sha256sums.gz", "fileListSha256": "<sha256 of the uncompressed list>"},
 * stored next to the manifest; its hash is checked so a damaged list cannot pass for a valid one.
 */
public final class ManifestReader {
    private static final String RESOURCE_FOLDER = "manifests/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Opens a file stored next to the manifest. */
    @FunctionalInterface
    private interface SiblingOpener {
        InputStream open(String name) throws IOException;
    }

    private ManifestReader() {
    }

    /** The built-in manifest {@code name}, a resource of this module. */
    public static DatasetManifest readBuiltIn(String name) {
        if (ManifestReader.class.getResource(RESOURCE_FOLDER + name + ".json") == null) {
            throw bad(name, "no built-in manifest with this name");
        }
        return parse(name, name + ".json", sibling -> {
            InputStream in = ManifestReader.class.getResourceAsStream(RESOURCE_FOLDER + sibling);
            if (in == null) {
                throw new NoSuchFileException("resource " + RESOURCE_FOLDER + sibling);
            }
            return in;
        });
    }

    /** A manifest stored as a JSON file; file lists it names are read from the same folder. */
    public static DatasetManifest readFile(Path json) {
        Path folder = json.toAbsolutePath().getParent();
        String fileName = json.getFileName().toString();
        return parse(fileName, fileName, sibling -> Files.newInputStream(folder.resolve(sibling)));
    }

    private static DatasetManifest parse(String label, String jsonName, SiblingOpener opener) {
        JsonNode root;
        try (InputStream in = opener.open(jsonName)) {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new DatasetException(DatasetException.Reason.BAD_MANIFEST, label,
                    "cannot read manifest " + jsonName + ": " + e, e);
        }
        String name = text(root, "name", label, jsonName);
        List<String> classes = new ArrayList<>();
        root.path("classes").forEach(c -> classes.add(c.asText()));
        JsonNode sources = root.path("sources");
        if (!sources.isArray() || sources.isEmpty()) {
            throw bad(label, jsonName + " has no \"sources\" array");
        }
        List<DatasetFile> files = new ArrayList<>();
        try {
            for (JsonNode s : sources) {
                DatasetSource source = new DatasetSource(text(s, "repository", label, jsonName),
                        text(s, "commit", label, jsonName), text(s, "pathPrefix", label, jsonName),
                        text(s, "urlTemplate", label, jsonName));
                for (Map.Entry<String, String> e : fileHashes(s, label, jsonName, opener)) {
                    files.add(new DatasetFile(e.getKey(), e.getValue(), source));
                }
            }
            return new DatasetManifest(name, text(root, "description", label, jsonName),
                    text(root, "licence", label, jsonName), classes, files);
        } catch (IllegalArgumentException e) {
            throw bad(label, jsonName + ": " + e.getMessage());
        }
    }

    private static List<Map.Entry<String, String>> fileHashes(JsonNode source, String label, String jsonName,
            SiblingOpener opener) {
        if (source.has("files")) {
            List<Map.Entry<String, String>> out = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = source.get("files").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(Map.entry(e.getKey(), e.getValue().asText()));
            }
            return out;
        }
        String listName = text(source, "fileList", label, jsonName);
        String listSha = text(source, "fileListSha256", label, jsonName);
        byte[] list;
        try (InputStream in = new GZIPInputStream(opener.open(listName))) {
            list = in.readAllBytes();
        } catch (IOException e) {
            throw new DatasetException(DatasetException.Reason.BAD_MANIFEST, label,
                    "cannot read file list " + listName + ": " + e, e);
        }
        String actual = Sha256.of(list);
        if (!actual.equals(listSha)) {
            throw bad(label, "file list " + listName + " has SHA-256 " + actual + ", manifest expects " + listSha);
        }
        return parseSha256Sums(new String(list, StandardCharsets.UTF_8), label, listName);
    }

    /** Lines {@code <hash>  <path>} (text mode) or {@code <hash> *<path>} (binary mode), as {@code sha256sum} writes. */
    private static List<Map.Entry<String, String>> parseSha256Sums(String list, String label, String listName) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        String[] lines = list.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() < 67 || line.charAt(64) != ' ' || (line.charAt(65) != ' ' && line.charAt(65) != '*')) {
                throw bad(label, listName + " line " + (i + 1) + " is not '<sha256>  <path>': " + line);
            }
            out.add(Map.entry(line.substring(66), line.substring(0, 64)));
        }
        return out;
    }

    private static String text(JsonNode node, String field, String label, String jsonName) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw bad(label, jsonName + " lacks text field \"" + field + "\"");
        }
        return v.asText();
    }

    private static DatasetException bad(String label, String message) {
        return new DatasetException(DatasetException.Reason.BAD_MANIFEST, label, message);
    }
}
