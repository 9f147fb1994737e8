package io.crbench.datasets.fashionmnist;

/**
 * One gzipped file of Fashion-MNIST and what it must hash to: the packaged {@code .gz} itself, or
 * (for a copy gzipped differently, e.g. upstream's) the bytes it decompresses to.
 *
 * @param fileName the file's name, e.g. {@code t10k-labels-idx1-ubyte.gz}
 * @param sha256 SHA-256 of Debian's {@code .gz}, lowercase hex
 * @param idxSha256 SHA-256 of the decompressed IDX file, lowercase hex
 * @param upstreamMd5 MD5 of upstream's {@code .gz} as its README publishes it (provenance only)
 */
public record PinnedGzipFile(String fileName, String sha256, String idxSha256, String upstreamMd5) {
}
