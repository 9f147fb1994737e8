package io.crbench.datasets.images;

import io.crbench.datasets.DatasetException;
import io.crbench.datasets.LocalDataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ImageNet-1k classes in label order: class {@code i} is the {@code i}-th WordNet synset id in
 * sorted order (0 = n01440764 tench ... 999 = n15075141 toilet tissue), the order the
 * pretrained classifiers' outputs follow.
 */
public final class ImageNetSynsets {
    /** The label file in the {@code imagenet_labels} data set. */
    public static final String MAPPING_FILE = "LOC_synset_mapping.txt";

    /** {@code n01440764 : tench, Tinca tinca}; Kaggle's original has no colon, so it is optional. */
    private static final Pattern LINE = Pattern.compile("(n\\d{8})\\s*:?\\s*(.+)");

    private final List<String> ids;
    private final List<String> descriptions;
    private final Map<String, Integer> indexOf;

    private ImageNetSynsets(List<String> ids, List<String> descriptions) {
        this.ids = List.copyOf(ids);
        this.descriptions = List.copyOf(descriptions);
        this.indexOf = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            indexOf.put(ids.get(i), i);
        }
    }

    /** Parses {@value #MAPPING_FILE} of a located {@code imagenet_labels} data set. */
    public static ImageNetSynsets load(LocalDataset labels) {
        return parse(labels.path(MAPPING_FILE), labels.name());
    }

    /** Parses a synset mapping file, one {@code nXXXXXXXX : names} line per class, in any order. */
    public static ImageNetSynsets parse(Path mappingFile, String dataset) {
        List<String> lines;
        try {
            lines = Files.readAllLines(mappingFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DatasetException(DatasetException.Reason.IO_ERROR, dataset, "cannot read " + mappingFile + ": " + e, e);
        }
        List<Synset> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw bad(dataset, mappingFile + " line " + (i + 1) + " is not 'nXXXXXXXX : names': " + line);
            }
            Integer previous = seen.put(m.group(1), i + 1);
            if (previous != null) {
                throw bad(dataset, mappingFile + " lists synset " + m.group(1) + " twice (lines " + previous + " and " + (i + 1) + ")");
            }
            entries.add(new Synset(m.group(1), m.group(2).strip()));
        }
        if (entries.isEmpty()) {
            throw bad(dataset, mappingFile + " lists no synsets");
        }
        entries.sort(Comparator.comparing(Synset::id));
        return new ImageNetSynsets(entries.stream().map(Synset::id).toList(),
                entries.stream().map(Synset::description).toList());
    }

    private record Synset(String id, String description) {
    }

    private static DatasetException bad(String dataset, String message) {
        return new DatasetException(DatasetException.Reason.BAD_MANIFEST, dataset, message);
    }

    /** Number of classes. */
    public int size() {
        return ids.size();
    }

    /** Synset ids in label order. */
    public List<String> ids() {
        return ids;
    }

    /** Full descriptions in label order, e.g. {@code tench, Tinca tinca}. */
    public List<String> descriptions() {
        return descriptions;
    }

    /** Short class name of label {@code i}: the first name of its description, e.g. {@code tench}. */
    public String className(int label) {
        String d = descriptions.get(label);
        int comma = d.indexOf(',');
        return comma < 0 ? d : d.substring(0, comma);
    }

    /** The label of synset {@code id}, or -1 if it is not an ImageNet-1k class. */
    public int labelOf(String id) {
        return indexOf.getOrDefault(id, -1);
    }
}
