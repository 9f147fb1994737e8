package io.crbench.datasets.images;

import io.crbench.datasets.DatasetException;
import io.crbench.datasets.LocalDataset;
import io.crbench.image.Image8;
import io.crbench.image.ImageFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A labelled set laid out as {@code <class>/<image>} (CIFAR-10-test), decoded eagerly at
 * {@link #load}: 10,000 CIFAR images take about 30 MB. The label of an image is the index of its
 * folder in the manifest's declared classes, so the order is the data set's own (for CIFAR-10:
 * airplane, automobile, bird, cat, deer, dog, frog, horse, ship, truck), not the folders' order.
 */
public final class ClassFolderDataset {
    private final String name;
    private final List<String> classNames;
    private final List<LabeledImage> samples;

    private ClassFolderDataset(String name, List<String> classNames, List<LabeledImage> samples) {
        this.name = name;
        this.classNames = classNames;
        this.samples = samples;
    }

    /**
     * Decodes every image file of {@code local}. Errors ({@link DatasetException.Reason#BAD_LAYOUT},
     * naming the culprit): no declared classes, an image outside a class folder or nested deeper, a
     * folder that is not a declared class, a declared class without images.
     */
    public static ClassFolderDataset load(LocalDataset local) {
        List<String> classes = local.manifest().classes();
        if (classes.isEmpty()) {
            throw layout(local, "the manifest declares no classes, so folder names cannot be mapped to labels");
        }
        Map<String, Integer> labelOf = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            labelOf.put(classes.get(i), i);
        }
        int[] counts = new int[classes.size()];
        List<LabeledFile> labeled = new ArrayList<>();
        for (String f : local.files()) {
            if (!ImageFileNames.isImage(f)) {
                continue;
            }
            int slash = f.indexOf('/');
            if (slash < 0 || f.indexOf('/', slash + 1) >= 0) {
                throw layout(local, "image " + f + " is not directly inside a class folder (<class>/<image>)");
            }
            String folder = f.substring(0, slash);
            Integer label = labelOf.get(folder);
            if (label == null) {
                throw layout(local, "folder '" + folder + "' (holding " + f + ") is not a declared class; declared: " + classes);
            }
            counts[label]++;
            labeled.add(new LabeledFile(f, label));
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw layout(local, "class '" + classes.get(i) + "' has no images (expected folder " + classes.get(i) + "/)");
            }
        }
        labeled.sort(Comparator.comparingInt(LabeledFile::label).thenComparing(LabeledFile::file));
        List<LabeledImage> samples = labeled.parallelStream()
                .map(lf -> new LabeledImage(lf.file(), lf.label(), ImageFiles.read(local.path(lf.file()))))
                .toList();
        return new ClassFolderDataset(local.name(), classes, samples);
    }

    private record LabeledFile(String file, int label) {
    }

    private static DatasetException layout(LocalDataset local, String message) {
        return new DatasetException(DatasetException.Reason.BAD_LAYOUT, local.name(), message);
    }

    /** The data set's name. */
    public String name() {
        return name;
    }

    /** Class names; label {@code i} is {@code classNames().get(i)}. */
    public List<String> classNames() {
        return classNames;
    }

    /** All samples, sorted by label, then name. */
    public List<LabeledImage> samples() {
        return samples;
    }

    /**
     * A fixed, documented subset: the first {@code perClass} samples of every class in name order
     * (all of them when a class has fewer), in {@link #samples()} order.
     */
    public List<LabeledImage> firstPerClass(int perClass) {
        if (perClass <= 0) {
            throw new IllegalArgumentException("perClass must be positive, got " + perClass);
        }
        int[] taken = new int[classNames.size()];
        List<LabeledImage> out = new ArrayList<>();
        for (LabeledImage s : samples) {
            if (taken[s.label()]++ < perClass) {
                out.add(s);
            }
        }
        return out;
    }

    /** The images alone, in {@link #samples()} order (for label-free measurements such as fidelity). */
    public List<Image8> images() {
        return samples.stream().map(LabeledImage::image).toList();
    }

    public int size() {
        return samples.size();
    }
}
