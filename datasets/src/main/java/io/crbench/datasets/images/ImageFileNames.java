package io.crbench.datasets.images;

import java.util.Locale;
import java.util.Set;

/** Which data set files are images; others (README.md, gallery.md) are never handed to a decoder. */
public final class ImageFileNames {
    private static final Set<String> EXTENSIONS = Set.of("png", "bmp", "jpg", "jpeg");

    private ImageFileNames() {
    }

    /** Whether {@code path} (a file name or a slash-separated relative path) names a PNG, BMP or JPEG file. */
    public static boolean isImage(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') && EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
