package io.crbench.datasets.fashionmnist;

import io.crbench.datasets.DatasetException;
import io.crbench.files.Sha256;
import io.crbench.datasets.images.LabeledInputs;
import io.crbench.image.Image8;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Fashion-MNIST from a local folder holding its four gzipped IDX files: Debian's
 * {@code /usr/share/datasets/fashion-mnist} (package {@code dataset-fashion-mnist}, which
 * {@code scripts/setup.sh} installs), or the folder named by {@code -D}{@value #FOLDER_PROPERTY}.
 * Each file is checked against {@link FashionMnistManifest}: its SHA-256 must be Debian's, or the
 * SHA-256 of its decompressed bytes upstream's IDX file's, so a copy downloaded from upstream
 * works too. Images are 28×28 gray, labels 0..9 in the manifest's class order.
 */
public final class FashionMnist {
    /** Data set name in result rows. */
    public static final String NAME = "fashion-mnist";
    /** System property naming a folder that holds the four {@code .gz} files. */
    public static final String FOLDER_PROPERTY = "crbench.data.fashion-mnist";
    /** Number of training images. */
    public static final int TRAIN_SIZE = 60_000;
    /** Number of test images. */
    public static final int TEST_SIZE = 10_000;

    private static volatile FashionMnist configured;

    private final LabeledInputs train;
    private final LabeledInputs test;

    private FashionMnist(LabeledInputs train, LabeledInputs test) {
        this.train = train;
        this.test = test;
    }

    /** The set from {@link #folderFromEnvironment()}, read once per JVM. */
    public static FashionMnist load() {
        FashionMnist set = configured;
        if (set == null) {
            synchronized (FashionMnist.class) {
                set = configured;
                if (set == null) {
                    set = load(folderFromEnvironment());
                    configured = set;
                }
            }
        }
        return set;
    }

    /** {@value #FOLDER_PROPERTY} if set (Maven's unexpanded {@code ${...}} counts as unset), else Debian's folder. */
    public static Path folderFromEnvironment() {
        String value = System.getProperty(FOLDER_PROPERTY, "").strip();
        return value.isEmpty() || value.startsWith("${")
                ? FashionMnistManifest.builtIn().debianFolder()
                : Path.of(value);
    }

    /** Reads and verifies the four files in {@code folder}. */
    public static FashionMnist load(Path folder) {
        FashionMnistManifest manifest = FashionMnistManifest.builtIn();
        LabeledInputs train = split(manifest, folder, "train", TRAIN_SIZE);
        LabeledInputs test = split(manifest, folder, "t10k", TEST_SIZE);
        return new FashionMnist(train, test);
    }

    /** The 60,000 training images, in file order. */
    public LabeledInputs train() {
        return train;
    }

    /** The 10,000 test images, in file order. */
    public LabeledInputs test() {
        return test;
    }

    private static LabeledInputs split(FashionMnistManifest manifest, Path folder, String prefix, int size) {
        String imagesFile = prefix + "-images-idx3-ubyte.gz";
        String labelsFile = prefix + "-labels-idx1-ubyte.gz";
        List<Image8> images = IdxFile.parse(imagesFile, verifiedIdx(manifest, folder, imagesFile)).images();
        int[] labels = IdxFile.parse(labelsFile, verifiedIdx(manifest, folder, labelsFile)).labels();
        if (images.size() != size || labels.length != size) {
            throw new DatasetException(DatasetException.Reason.BAD_LAYOUT, NAME, imagesFile + " and " + labelsFile
                    + " hold " + images.size() + " images and " + labels.length + " labels, expected " + size);
        }
        for (int i = 0; i < size; i++) {
            if (labels[i] >= manifest.classes().size()) {
                throw new DatasetException(DatasetException.Reason.BAD_LAYOUT, NAME, labelsFile + " gives image " + i
                        + " label " + labels[i] + ", but there are " + manifest.classes().size() + " classes");
            }
        }
        return new LabeledInputs(NAME, images, labels);
    }

    /** The decompressed bytes of {@code fileName} in {@code folder}, after checking its pins. */
    private static byte[] verifiedIdx(FashionMnistManifest manifest, Path folder, String fileName) {
        PinnedGzipFile pins = manifest.file(fileName);
        Path file = folder.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new DatasetException(DatasetException.Reason.MISSING_FILE, NAME, "missing " + file + ". Install"
                    + " Debian's " + manifest.debianPackage() + " (scripts/setup.sh does), or download "
                    + manifest.upstreamUrl(fileName) + " into a folder and name it with -D" + FOLDER_PROPERTY
                    + "=DIR");
        }
        byte[] gz;
        try {
            gz = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DatasetException(DatasetException.Reason.IO_ERROR, NAME, "cannot read " + file + ": " + e, e);
        }
        byte[] idx;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            idx = in.readAllBytes();
        } catch (IOException e) {
            throw new DatasetException(DatasetException.Reason.CHECKSUM_MISMATCH, NAME, file
                    + " is not a readable gzip file (" + e.getMessage() + "); expected SHA-256 " + pins.sha256(), e);
        }
        String gzHash = Sha256.of(gz);
        if (!gzHash.equals(pins.sha256())) {
            String idxHash = Sha256.of(idx);
            if (!idxHash.equals(pins.idxSha256())) {
                throw new DatasetException(DatasetException.Reason.CHECKSUM_MISMATCH, NAME, "checksum mismatch for "
                        + file + ": expected SHA-256 " + pins.sha256() + " (Debian's .gz) or decompressed SHA-256 "
                        + pins.idxSha256() + " (the IDX file), got " + gzHash + " and " + idxHash);
            }
        }
        return idx;
    }
}
