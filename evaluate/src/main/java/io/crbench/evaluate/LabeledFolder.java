package io.crbench.evaluate;

import io.crbench.datasets.images.ImageFileNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A team's labelled images on disk, in one of three layouts, each with a stated label rule:
 * <ul>
 *   <li><b>class folders</b> ({@code DIR/<class>/<image>}: torchvision's ImageFolder, CIFAR-style
 *       PNG folders): label = index of the folder's name in the class list file when one is given
 *       (one class name per line), else in the sorted folder names (ImageFolder's rule);</li>
 *   <li><b>flat folder + label file of pairs</b> (every line {@code <file>,<label>} or
 *       {@code <file><TAB><label>}, label an integer): that label;</li>
 *   <li><b>flat folder + class list</b> (one class per line, the class id being the line's first
 *       word, as in ImageNet's {@code LOC_synset_mapping.txt}): label = line index of the class id
 *       that prefixes the image's file name up to its first underscore ({@code n01440764_tench.JPEG}).</li>
 * </ul>
 * Images are listed in file-name order (relative path), which fixes each image's index and seed.
 * Nothing is decoded here.
 */
public final class LabeledFolder {
    private static final Pattern PAIR = Pattern.compile("(\\S+)\\s*[,\\t]\\s*(\\d+)");

    private final Path root;
    private final List<String> files;
    private final int[] labels;
    private final int classCount;
    private final String rule;

    private LabeledFolder(Path root, List<String> files, int[] labels, int classCount, String rule) {
        this.root = root;
        this.files = files;
        this.labels = labels;
        this.classCount = classCount;
        this.rule = rule;
    }

    /**
     * Indexes {@code dir}; {@code labelFile} may be null for class folders.
     *
     * @throws IllegalArgumentException naming the folder or file and what was expected
     */
    public static LabeledFolder open(Path dir, Path labelFile) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("data folder " + dir + " does not exist or is not a folder");
        }
        List<String> images = listImages(dir);
        if (images.isEmpty()) {
            throw new IllegalArgumentException("data folder " + dir + " holds no PNG, BMP or JPEG image (expected"
                    + " <class>/<image> folders, or images beside a label file)");
        }
        boolean nested = images.get(0).contains("/");
        for (String f : images) {
            int depth = f.split("/").length - 1;
            if (depth > 1 || (depth == 1) != nested) {
                throw new IllegalArgumentException("data folder " + dir + " mixes layouts: " + f + " is "
                        + (depth == 0 ? "at the top level" : "nested " + depth + " deep") + " while " + images.get(0)
                        + " is " + (nested ? "in a class folder" : "at the top level") + "; expected either"
                        + " <class>/<image> throughout or a flat folder with a label file");
            }
        }
        List<String> labelLines = labelFile == null ? null : readLines(labelFile);
        if (nested) {
            return classFolders(dir, images, labelFile, labelLines);
        }
        if (labelLines == null) {
            throw new IllegalArgumentException("data folder " + dir + " is flat (images at the top level, e.g. "
                    + images.get(0) + "), so it needs a label file: lines <file>,<label> or a class list whose ids"
                    + " prefix the file names");
        }
        boolean pairs = !labelLines.isEmpty() && labelLines.stream().allMatch(l -> PAIR.matcher(l).matches());
        return pairs ? flatPairs(dir, images, labelFile, labelLines) : flatPrefixes(dir, images, labelFile, labelLines);
    }

    private static LabeledFolder classFolders(Path dir, List<String> images, Path labelFile, List<String> classList) {
        List<String> classes;
        String rule;
        if (classList != null) {
            classes = classList.stream().map(l -> l.split("\\s+")[0]).toList();
            rule = "class folders; label = line of the folder's name in " + labelFile.getFileName();
        } else {
            classes = images.stream().map(f -> f.substring(0, f.indexOf('/'))).distinct().sorted().toList();
            rule = "class folders; label = index of the folder's name in sorted order (ImageFolder)";
        }
        Map<String, Integer> index = indexOf(classes, labelFile);
        int[] labels = new int[images.size()];
        for (int i = 0; i < images.size(); i++) {
            String folder = images.get(i).substring(0, images.get(i).indexOf('/'));
            Integer label = index.get(folder);
            if (label == null) {
                throw new IllegalArgumentException("class folder '" + folder + "' (holding " + images.get(i) + ") is not in"
                        + " the class list " + labelFile);
            }
            labels[i] = label;
        }
        return new LabeledFolder(dir, images, labels, classes.size(), rule);
    }

    private static LabeledFolder flatPairs(Path dir, List<String> images, Path labelFile, List<String> lines) {
        Map<String, Integer> labelOf = new HashMap<>();
        int max = 0;
        for (String line : lines) {
            Matcher m = PAIR.matcher(line);
            m.matches();
            int label = Integer.parseInt(m.group(2));
            if (labelOf.put(m.group(1), label) != null) {
                throw new IllegalArgumentException("label file " + labelFile + " lists " + m.group(1) + " twice");
            }
            max = Math.max(max, label);
        }
        int[] labels = new int[images.size()];
        for (int i = 0; i < images.size(); i++) {
            Integer label = labelOf.get(images.get(i));
            if (label == null) {
                throw new IllegalArgumentException("image " + images.get(i) + " in " + dir + " has no line in the label"
                        + " file " + labelFile);
            }
            labels[i] = label;
        }
        return new LabeledFolder(dir, images, labels, max + 1,
                "flat folder; label = the integer beside the file's name in " + labelFile.getFileName());
    }

    private static LabeledFolder flatPrefixes(Path dir, List<String> images, Path labelFile, List<String> lines) {
        List<String> classes = lines.stream().map(l -> l.split("\\s+")[0]).toList();
        Map<String, Integer> index = indexOf(classes, labelFile);
        int[] labels = new int[images.size()];
        for (int i = 0; i < images.size(); i++) {
            String f = images.get(i);
            int underscore = f.indexOf('_');
            Integer label = underscore > 0 ? index.get(f.substring(0, underscore)) : null;
            if (label == null) {
                throw new IllegalArgumentException("image " + f + " in " + dir + " is not named <class>_<name> with a class"
                        + " of " + labelFile + " (" + classes.size() + " classes, e.g. " + classes.get(0) + "), and the"
                        + " label file is not <file>,<label> pairs");
            }
            labels[i] = label;
        }
        return new LabeledFolder(dir, images, labels, classes.size(),
                "flat folder; label = line in " + labelFile.getFileName() + " of the class id before the file name's"
                        + " first underscore");
    }

    private static Map<String, Integer> indexOf(List<String> classes, Path labelFile) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            if (index.put(classes.get(i), i) != null) {
                throw new IllegalArgumentException("class '" + classes.get(i) + "' appears twice in " + labelFile);
            }
        }
        if (classes.size() < 2) {
            throw new IllegalArgumentException("need at least 2 classes, found " + classes
                    + (labelFile == null ? "" : " in " + labelFile));
        }
        return index;
    }

    private static List<String> listImages(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(ImageFileNames::isImage)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list data folder " + dir, e);
        }
    }

    private static List<String> readLines(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("label file " + file + " does not exist");
        }
        try {
            List<String> out = new ArrayList<>();
            for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!l.isBlank()) {
                    out.add(l.strip());
                }
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("label file " + file + " is empty");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read label file " + file, e);
        }
    }

    /** The folder. */
    public Path root() {
        return root;
    }

    /** Image paths relative to the folder, in index order. */
    public List<String> files() {
        return files;
    }

    /** Label of image {@code i}. */
    public int label(int i) {
        return labels[i];
    }

    /** Number of classes the labels define: the length of each logit row the model must produce. */
    public int classCount() {
        return classCount;
    }

    /** The label rule, in words, for the summary. */
    public String rule() {
        return rule;
    }

    /** Number of images. */
    public int size() {
        return files.size();
    }

    /** The data set's name in rows: the folder's name. */
    public String name() {
        return root.toAbsolutePath().normalize().getFileName().toString();
    }
}
