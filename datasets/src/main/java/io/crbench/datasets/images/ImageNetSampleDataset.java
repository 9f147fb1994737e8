package io.crbench.datasets.images;

import io.crbench.datasets.DatasetException;
import io.crbench.datasets.LocalDataset;
import io.crbench.image.ImageFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ImageNet sample (one image per class, file {@code nXXXXXXXX_name.JPEG}), labelled by the
 * index of the file's synset in {@link ImageNetSynsets}. Decoding is lazy, one image per
 * {@link #get} or iteration step: the 1,000 JPEGs (up to 2400x1600) would take gigabytes decoded.
 * Grayscale JPEGs stay one-channel; callers that need RGB convert with {@code Image8.toRgb()}.
 */
public final class ImageNetSampleDataset implements Iterable<LabeledImage> {
    private static final Pattern SYNSET_PREFIX = Pattern.compile("(n\\d{8})_.*");

    private final String name;
    private final ImageNetSynsets synsets;
    private final List<String> files;
    private final List<Path> paths;
    private final int[] labels;

    private ImageNetSampleDataset(String name, ImageNetSynsets synsets, List<String> files, List<Path> paths, int[] labels) {
        this.name = name;
        this.synsets = synsets;
        this.files = files;
        this.paths = paths;
        this.labels = labels;
    }

    /**
     * Indexes the image files of {@code images} (README.md and gallery.md are skipped) with labels
     * from {@code labels}' synset mapping; decodes nothing. An image not named after an ImageNet-1k
     * synset, or lying in a sub-folder, is a {@link DatasetException.Reason#BAD_LAYOUT} error naming it.
     */
    public static ImageNetSampleDataset load(LocalDataset images, LocalDataset labels) {
        ImageNetSynsets synsets = ImageNetSynsets.load(labels);
        List<String> files = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        List<Integer> labelList = new ArrayList<>();
        for (String f : images.files()) {
            if (!ImageFileNames.isImage(f)) {
                continue;
            }
            Matcher m = SYNSET_PREFIX.matcher(f);
            if (f.contains("/") || !m.matches()) {
                throw layout(images, "image " + f + " is not named nXXXXXXXX_<name> at the top level, so it has no label");
            }
            int label = synsets.labelOf(m.group(1));
            if (label < 0) {
                throw layout(images, "image " + f + " names synset " + m.group(1) + ", which is not among the "
                        + synsets.size() + " classes of " + labels.name());
            }
            files.add(f);
            paths.add(images.path(f));
            labelList.add(label);
        }
        if (files.isEmpty()) {
            throw layout(images, "contains no image files");
        }
        return new ImageNetSampleDataset(images.name(), synsets, List.copyOf(files), List.copyOf(paths),
                labelList.stream().mapToInt(Integer::intValue).toArray());
    }

    private static DatasetException layout(LocalDataset local, String message) {
        return new DatasetException(DatasetException.Reason.BAD_LAYOUT, local.name(), message);
    }

    /** The data set's name. */
    public String name() {
        return name;
    }

    /** The classes; {@code synsets().className(label)} names a label. */
    public ImageNetSynsets synsets() {
        return synsets;
    }

    /** Number of images. */
    public int size() {
        return files.size();
    }

    /** File name of image {@code i} (images are in file-name order, hence synset order). */
    public String fileName(int i) {
        return files.get(i);
    }

    /** Label of image {@code i}, without decoding it. */
    public int label(int i) {
        return labels[i];
    }

    /** Verified local path of image {@code i}. */
    public Path path(int i) {
        return paths.get(i);
    }

    /** Decodes image {@code i}. */
    public LabeledImage get(int i) {
        return new LabeledImage(files.get(i), labels[i], ImageFiles.read(paths.get(i)));
    }

    /** Decodes one image per step; nothing is kept. */
    @Override
    public Iterator<LabeledImage> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size();
            }

            @Override
            public LabeledImage next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return get(next++);
            }
        };
    }
}
