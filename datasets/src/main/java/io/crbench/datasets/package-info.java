/**
 * Public data sets and pretrained models the benchmarks run on: their manifests (source, licence,
 * SHA-256 of every file), and a locator that finds verified local copies in a mirror directory, a
 * cache, or by downloading. Loaders that decode the images live in {@link io.crbench.datasets.images}.
 */
package io.crbench.datasets;
