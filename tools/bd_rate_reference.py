#!/usr/bin/env python3
"""Reference Bjontegaard deltas with SciPy's PCHIP (the JCT-VC/JVET CTC interpolation), for
crbench's BjontegaardTest. Outside the product: run it by hand when the test data change.

BD-rate: log10(rate) as a PCHIP function of quality, integrated over the overlap of the two
quality ranges; (10**mean_difference - 1) * 100 %. BD-quality: quality as a PCHIP function of
log10(rate), mean difference over the overlapping log-rate range.
"""
import numpy as np
from scipy.interpolate import PchipInterpolator


def _mean_over_overlap(x1, y1, x2, y2):
    o1, o2 = np.argsort(x1), np.argsort(x2)
    x1, y1, x2, y2 = x1[o1], y1[o1], x2[o2], y2[o2]
    lo, hi = max(x1[0], x2[0]), min(x1[-1], x2[-1])
    f1, f2 = PchipInterpolator(x1, y1), PchipInterpolator(x2, y2)
    return (f2.integrate(lo, hi) - f1.integrate(lo, hi)) / (hi - lo)


def bd_rate(r1, q1, r2, q2):
    return (10 ** _mean_over_overlap(np.array(q1), np.log10(r1), np.array(q2), np.log10(r2)) - 1) * 100


def bd_quality(r1, q1, r2, q2):
    return _mean_over_overlap(np.log10(r1), np.array(q1), np.log10(r2), np.array(q2))


if __name__ == "__main__":
    # The x265 example of FAU-LMS/bjontegaard's README (anchor, test).
    r1 = [9487.76, 4593.60, 2486.44, 1358.24]
    q1 = [40.037, 38.615, 36.845, 34.851]
    r2 = [9787.80, 4469.00, 2451.52, 1356.24]
    q2 = [40.121, 38.651, 36.970, 34.987]
    print("x265 example: BD-rate %.12f %%, BD-PSNR %.12f dB" % (bd_rate(r1, q1, r2, q2), bd_quality(r1, q1, r2, q2)))
    # A non-linear accuracy-vs-bpp pair with partly overlapping ranges (five points each).
    r3 = [0.15, 0.3, 0.6, 1.1, 2.0]
    q3 = [0.31, 0.52, 0.66, 0.74, 0.79]
    r4 = [0.1, 0.2, 0.45, 0.9, 1.6]
    q4 = [0.35, 0.55, 0.70, 0.77, 0.80]
    print("accuracy example: BD-rate %.12f %%, BD-accuracy %.12f" % (bd_rate(r3, q3, r4, q4), bd_quality(r3, q3, r4, q4)))
