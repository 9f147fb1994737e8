/**
 * Decoded views of located data sets: image folders, class folders (CIFAR-10), and the ImageNet
 * sample whose labels come from file names. Decoding uses {@link io.crbench.image.ImageFiles}, so
 * an undecodable file fails with an {@link io.crbench.image.ImageDecodeException} naming it.
 */
package io.crbench.datasets.images;
