#!/usr/bin/env python3
"""The Python reference of the throughput benchmarks' two end-to-end workloads (README, Throughput
benchmarks): PIL + NumPy + scikit-image doing what crbench's `EndToEndWorkload` does, loading
included, printing the same numbers so the two can be checked against each other.

Needs Debian's python3-pil, python3-numpy and python3-skimage (Pillow 9.4 with libjpeg-turbo,
NumPy 1.24, scikit-image 0.19 on bookworm); run it with /usr/bin/python3. Not part of crbench.

Usage: python3 tools/throughput_reference.py cifar|live1 MIRROR_DIR

cifar: the 10,000 CIFAR-10 test PNGs (class folders, sorted), each JPEG-compressed by PIL at QF
       10/30/50/70/90 and decoded; per QF the mean over images of the RGB CPSNR.
live1: the 29 LIVE1_color BMPs at QF 10, 20, ..., 90; per QF the mean PSNR and SSIM in RGB and on
       Y (MATLAB's rgb2ycbcr luma, unrounded). SSIM as BasicSR and crbench: 11x11 Gaussian window,
       sigma 1.5, population covariance, only windows inside the image, RGB = mean of channels.
"""
import glob
import io
import os
import sys

import numpy as np
from PIL import Image
from skimage.metrics import structural_similarity

CIFAR_QUALITIES = (10, 30, 50, 70, 90)
LIVE1_QUALITIES = range(10, 100, 10)


def jpeg_round_trip(image, quality):
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return np.asarray(Image.open(buf).convert("RGB"))


def mse(reference, test):
    # Integer differences, then the mean: the exact sum crbench takes, without float64 copies of every image.
    d = reference.astype(np.int32) - test
    return np.mean(d * d)


def psnr(mse_value):
    return 10.0 * np.log10(255.0 ** 2 / mse_value)


def luma(rgb):
    return 16.0 + (65.481 * rgb[..., 0] + 128.553 * rgb[..., 1] + 24.966 * rgb[..., 2]) / 255.0


def ssim(a, b):
    # skimage filters with 'reflect' padding and drops (11 - 1) / 2 pixels per side: the same
    # windows as BasicSR's valid filtering.
    return structural_similarity(a, b, gaussian_weights=True, sigma=1.5, use_sample_covariance=False,
                                 data_range=255)


def load(paths):
    images = [Image.open(p).convert("RGB") for p in paths]
    return images, [np.asarray(i) for i in images]


def cifar(mirror):
    images, arrays = load(sorted(glob.glob(os.path.join(mirror, "CIFAR-10-test", "*", "*.png"))))
    for q in CIFAR_QUALITIES:
        cpsnr = [psnr(mse(ref, jpeg_round_trip(img, q))) for img, ref in zip(images, arrays)]
        print(f"cifar q={q} n={len(cpsnr)} cpsnr={np.mean(cpsnr):.10f}")


def live1(mirror):
    images, arrays = load(sorted(glob.glob(os.path.join(mirror, "LIVE1_color", "*.bmp"))))
    for q in LIVE1_QUALITIES:
        scores = []
        for img, ref8 in zip(images, arrays):
            test8 = jpeg_round_trip(img, q)
            ref, test = ref8.astype(np.float64), test8.astype(np.float64)
            ref_y, test_y = luma(ref), luma(test)
            scores.append((psnr(mse(ref8, test8)),
                           np.mean([ssim(ref[..., c], test[..., c]) for c in range(3)]),
                           psnr(np.mean((ref_y - test_y) ** 2)),
                           ssim(ref_y, test_y)))
        m = np.mean(scores, axis=0)
        print(f"live1 q={q} n={len(scores)} psnr_rgb={m[0]:.10f} ssim_rgb={m[1]:.10f} "
              f"psnr_y={m[2]:.10f} ssim_y={m[3]:.10f}")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("cifar", "live1"):
        sys.exit(__doc__)
    {"cifar": cifar, "live1": live1}[sys.argv[1]](sys.argv[2])
