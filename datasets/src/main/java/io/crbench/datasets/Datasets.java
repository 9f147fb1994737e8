package io.crbench.datasets;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Entry point: the built-in data sets by name, and where to find their files as configured by the
 * environment. A suite typically calls {@code ClassFolderDataset.load(Datasets.locate(Datasets.CIFAR10_TEST))}.
 */
public final class Datasets {
    /** System property naming the mirror folder; wins over {@link #MIRROR_ENV}. */
    public static final String MIRROR_PROPERTY = "crbench.mirror";
    /** Environment variable naming the mirror folder. */
    public static final String MIRROR_ENV = "CRBENCH_MIRROR";
    /** System property naming the download cache folder (default {@code ~/.cache/crbench}). */
    public static final String CACHE_PROPERTY = "crbench.cache";

    public static final String LIVE1_COLOR = "LIVE1_color";
    public static final String CLASSIC5 = "Classic5";
    public static final String CBSD68 = "CBSD68";
    public static final String KODAK24 = "Kodak24";
    public static final String CIFAR10_TEST = "CIFAR-10-test";
    public static final String IMAGENET_SAMPLE_IMAGES = "imagenet-sample-images";
    public static final String IMAGENET_LABELS = "imagenet_labels";
    public static final String MOBILENETV2_12_INT8 = "mobilenetv2-12-int8";
    public static final String MBV2_CIFAR10_INT8 = "mbv2_cifar10_int8";
    /** AR-CNN's released weights, one MATLAB v5 file per JPEG quality ({@code q10.mat} … {@code q40.mat}). */
    public static final String ARCNN = "ARCNN";
    /** DnCNN's released MatConvNet models: DnCNN-3 ({@code DnCNN3.mat}) and CDnCNN-B ({@code GD_Color_Blind.mat}). */
    public static final String DNCNN = "DnCNN";
    /** CIFAR-10 ResNet-20 and ResNet-56 as released by akamaster/pytorch_resnet_cifar10 (legacy PyTorch checkpoints). */
    public static final String CIFAR10_RESNET = "cifar10-resnet";
    /** The 200 BSDS500 test images (JPEG originals), on which FBCNN and seed 004 test restoration. */
    public static final String BSDS500_TEST = "BSDS500-test";

    private static final List<String> NAMES = List.of(LIVE1_COLOR, CLASSIC5, CBSD68, KODAK24, CIFAR10_TEST,
            IMAGENET_SAMPLE_IMAGES, IMAGENET_LABELS, MOBILENETV2_12_INT8, MBV2_CIFAR10_INT8, ARCNN,
            DNCNN, CIFAR10_RESNET, BSDS500_TEST);
    /** Parsed once per JVM: the CIFAR list alone is 10,000 entries. */
    private static final Map<String, DatasetManifest> MANIFESTS = new ConcurrentHashMap<>();

    private Datasets() {
    }

    /** Names of the built-in data sets. */
    public static List<String> names() {
        return NAMES;
    }

    /** The built-in manifest {@code name}. */
    public static DatasetManifest manifest(String name) {
        if (!NAMES.contains(name)) {
            throw new DatasetException(DatasetException.Reason.BAD_MANIFEST, name,
                    "no built-in data set with this name; known: " + NAMES);
        }
        return MANIFESTS.computeIfAbsent(name, ManifestReader::readBuiltIn);
    }

    /**
     * The mirror folder: system property {@value #MIRROR_PROPERTY}, else environment variable
     * {@value #MIRROR_ENV}; blank values count as unset.
     */
    public static Optional<Path> mirrorFromEnvironment() {
        return mirrorFrom(System.getProperty(MIRROR_PROPERTY), System.getenv(MIRROR_ENV));
    }

    static Optional<Path> mirrorFrom(String property, String env) {
        return setting(property).or(() -> setting(env)).map(Path::of);
    }

    /** The cache folder: system property {@value #CACHE_PROPERTY}, else {@code ~/.cache/crbench}. */
    public static Path cacheFromEnvironment() {
        return setting(System.getProperty(CACHE_PROPERTY))
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".cache", "crbench"));
    }

    /** A locator using {@link #mirrorFromEnvironment()} and {@link #cacheFromEnvironment()}. */
    public static DatasetLocator locator() {
        return new DatasetLocator(mirrorFromEnvironment(), cacheFromEnvironment());
    }

    /** The built-in data set {@code name}, every file found and verified by {@link #locator()}. */
    public static LocalDataset locate(String name) {
        return locator().locate(manifest(name));
    }

    /**
     * A configured value, or empty for null, blank, or an unexpanded Maven placeholder such as
     * {@code ${env.CRBENCH_MIRROR}} (what surefire passes on when the variable is unset).
     */
    private static Optional<String> setting(String value) {
        if (value == null || value.isBlank() || value.startsWith("${")) {
            return Optional.empty();
        }
        return Optional.of(value.strip());
    }
}
