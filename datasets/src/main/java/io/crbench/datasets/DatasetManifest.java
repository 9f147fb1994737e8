package io.crbench.datasets;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a data set is and how to get it: its name (also its folder name in a mirror or cache), a
 * description, a licence note, the class names a class-folder loader assigns labels by (empty when
 * labels do not come from folders), and every file with its expected SHA-256 and upstream source.
 *
 * @param name        folder name, e.g. {@code CIFAR-10-test}
 * @param description what the data is
 * @param licence     what is known about its licence
 * @param classes     class folder names in label order, or empty
 * @param files       files sorted by path, each path once
 */
public record DatasetManifest(String name, String description, String licence, List<String> classes,
        List<DatasetFile> files) {
    public DatasetManifest {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("data set name must be a plain folder name, got " + name);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(licence, "licence");
        classes = List.copyOf(classes);
        files = files.stream().sorted(Comparator.comparing(DatasetFile::path)).toList();
        if (files.isEmpty()) {
            throw new IllegalArgumentException(name + ": a manifest lists at least one file");
        }
        Set<String> seen = new HashSet<>();
        for (DatasetFile f : files) {
            if (!seen.add(f.path())) {
                throw new IllegalArgumentException(name + ": file listed twice: " + f.path());
            }
        }
        if (new HashSet<>(classes).size() != classes.size()) {
            throw new IllegalArgumentException(name + ": class listed twice in " + classes);
        }
    }

    /** The entry for {@code path}, if the manifest lists it. */
    public Optional<DatasetFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }
}
