package io.crbench.degradation;

import io.crbench.image.Image8;

/**
 * A degraded image with the rate it cost: what {@link Degradation#degrade} returns, so that every
 * evaluation loop records bits per pixel the same way.
 *
 * @param image the degraded image
 * @param bitsPerPixel bits per pixel of the compressed stream it was decoded from, NaN when the
 *     degradation does not compress
 */
public record Degraded(Image8 image, double bitsPerPixel) {
}
