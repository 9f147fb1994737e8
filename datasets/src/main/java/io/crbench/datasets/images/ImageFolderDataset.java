package io.crbench.datasets.images;

import io.crbench.datasets.DatasetException;
import io.crbench.datasets.LocalDataset;
import io.crbench.image.Image8;
import io.crbench.image.ImageFiles;
import java.util.ArrayList;
import java.util.List;

/**
 * All images of a flat image folder (LIVE1_color, Classic5, CBSD68, Kodak24), decoded eagerly at
 * {@link #load} and held in sorted name order. These sets are small (at most a few dozen images),
 * and every suite passes over them several times, once per codec setting.
 */
public final class ImageFolderDataset {
    private final String name;
    private final List<NamedImage> images;

    private ImageFolderDataset(String name, List<NamedImage> images) {
        this.name = name;
        this.images = images;
    }

    /**
     * Decodes every image file of {@code local} (non-image files are skipped). Images in sub-folders,
     * or no images at all, are a {@link DatasetException.Reason#BAD_LAYOUT} error.
     */
    public static ImageFolderDataset load(LocalDataset local) {
        List<String> files = local.files().stream().filter(ImageFileNames::isImage).toList();
        for (String f : files) {
            if (f.contains("/")) {
                throw new DatasetException(DatasetException.Reason.BAD_LAYOUT, local.name(),
                        "an image folder is flat, but " + f + " lies in a sub-folder");
            }
        }
        if (files.isEmpty()) {
            throw new DatasetException(DatasetException.Reason.BAD_LAYOUT, local.name(), "contains no image files");
        }
        List<NamedImage> images = files.parallelStream()
                .map(f -> new NamedImage(f, ImageFiles.read(local.path(f))))
                .toList();
        return new ImageFolderDataset(local.name(), images);
    }

    /** The data set's name. */
    public String name() {
        return name;
    }

    /** The images, sorted by file name. */
    public List<NamedImage> images() {
        return images;
    }

    /** The pixels alone, in {@link #images()} order. */
    public List<Image8> pixels() {
        return images.stream().map(NamedImage::image).toList();
    }

    public int size() {
        return images.size();
    }

    /**
     * Every {@code step}-th image in name order, starting with the first: a fixed subset for runs
     * that cannot afford the whole set.
     */
    public ImageFolderDataset everyNth(int step) {
        if (step <= 0) {
            throw new IllegalArgumentException("step must be positive, got " + step);
        }
        List<NamedImage> picked = new ArrayList<>();
        for (int i = 0; i < images.size(); i += step) {
            picked.add(images.get(i));
        }
        return new ImageFolderDataset(name, List.copyOf(picked));
    }
}
