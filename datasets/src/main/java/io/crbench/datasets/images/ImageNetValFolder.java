package io.crbench.datasets.images;

import io.crbench.datasets.DatasetException;
import io.crbench.image.Image8;
import io.crbench.image.ImageFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A user-supplied ImageNet validation set in torchvision's ImageFolder layout
 * ({@code ROOT/n01440764/*.JPEG}, one folder per synset), named by system property
 * {@value #PROPERTY}. It is not in the mirror (licence), so suites that need it record
 * cannot-run-here without it. Images are decoded lazily: 50,000 crops would not fit in memory.
 */
public final class ImageNetValFolder {
    /** System property naming the root folder. */
    public static final String PROPERTY = "crbench.data.imagenet-val";
    /** Data set name for result rows. */
    public static final String NAME = "ImageNet-val";

    private final List<Path> files;
    private final int[] labels;

    private ImageNetValFolder(List<Path> files, int[] labels) {
        this.files = files;
        this.labels = labels;
    }

    /** The root from {@value #PROPERTY}, when set. */
    public static Optional<Path> configuredRoot() {
        String root = System.getProperty(PROPERTY, "");
        return root.isBlank() ? Optional.empty() : Optional.of(Path.of(root));
    }

    /**
     * Lists the images under {@code root}; a folder that is not a known synset, or a root without
     * synset folders, is an error naming it.
     */
    public static ImageNetValFolder load(Path root, ImageNetSynsets synsets) {
        if (!Files.isDirectory(root)) {
            throw new DatasetException(DatasetException.Reason.BAD_LAYOUT, NAME,
                    NAME + " root " + root + " (-D" + PROPERTY + ") is not a directory");
        }
        List<Path> files = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                int label = synsets.labelOf(dir.getFileName().toString());
                if (label < 0) {
                    throw new DatasetException(DatasetException.Reason.BAD_LAYOUT, NAME, "folder " + dir
                            + " is not an ImageNet synset; expected ImageFolder layout ROOT/nXXXXXXXX/*.JPEG");
                }
                try (Stream<Path> images = Files.list(dir)) {
                    for (Path f : images.filter(ImageNetValFolder::isJpeg).sorted().toList()) {
                        files.add(f);
                        labels.add(label);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + NAME + " root " + root, e);
        }
        if (files.isEmpty()) {
            throw new DatasetException(DatasetException.Reason.BAD_LAYOUT, NAME, "no synset folders with JPEGs under "
                    + root + "; expected ImageFolder layout ROOT/nXXXXXXXX/*.JPEG");
        }
        return new ImageNetValFolder(List.copyOf(files), labels.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean isJpeg(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jpeg") || n.endsWith(".jpg");
    }

    public int size() {
        return files.size();
    }

    /** Class index per image, in listing order. */
    public int[] labels() {
        return labels.clone();
    }

    /** The images, decoded and preprocessed only when read (each read decodes again; nothing is kept). */
    public List<Image8> lazyInputs(UnaryOperator<Image8> preprocess) {
        return new AbstractList<>() {
            @Override
            public Image8 get(int i) {
                return preprocess.apply(ImageFiles.read(files.get(i)));
            }

            @Override
            public int size() {
                return files.size();
            }
        };
    }
}
