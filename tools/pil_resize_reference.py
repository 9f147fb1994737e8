#!/usr/bin/env python3
"""Writes the PIL reference hashes that PilResizeIdentityTest checks PilResize and ImageNetPreprocessing against.

Needs PIL (Debian: apt-get install python3-pil; the checked-in hashes come from Pillow 9.4.0, Debian
bookworm). torchvision is not needed: its Resize(256) / CenterCrop(224) arithmetic for PIL images is
restated below (functional.resize's shorter-side size, functional.center_crop's offsets).
Usage: python3 tools/pil_resize_reference.py OUTPUT_DIR
Each line is "CASE WIDTH HEIGHT CHANNELS SHA256" with the hash of the result's Image.tobytes().
The test pattern must stay identical to ResizeTestPattern.java (integer arithmetic on both sides).
"""
import hashlib
import sys

from PIL import Image

# (case, source width, source height, source mode, operation); operation is (width, height) for
# Image.resize(..., Image.BILINEAR) or "imagenet" for convert("RGB") + Resize(256) + CenterCrop(224).
CASES = [
    ("rgb-37x29-to-17x13", 37, 29, "RGB", (17, 13)),
    ("gray-37x29-to-17x13", 37, 29, "L", (17, 13)),
    ("rgb-37x29-to-80x61", 37, 29, "RGB", (80, 61)),
    ("gray-37x29-to-80x61", 37, 29, "L", (80, 61)),
    ("rgb-37x29-to-80x13", 37, 29, "RGB", (80, 13)),
    ("rgb-37x29-to-20x29", 37, 29, "RGB", (20, 29)),
    ("rgb-37x29-to-37x61", 37, 29, "RGB", (37, 61)),
    ("rgb-37x29-to-36x28", 37, 29, "RGB", (36, 28)),
    ("rgb-37x29-to-1x1", 37, 29, "RGB", (1, 1)),
    ("rgb-500x375-to-341x256", 500, 375, "RGB", (341, 256)),
    ("rgb-300x201-imagenet", 300, 201, "RGB", "imagenet"),
    ("gray-300x201-imagenet", 300, 201, "L", "imagenet"),
    ("rgb-201x300-imagenet", 201, 300, "RGB", "imagenet"),
    ("rgb-301x200-imagenet", 301, 200, "RGB", "imagenet"),
    ("rgb-256x300-imagenet", 256, 300, "RGB", "imagenet"),
]


def pattern(width, height, channels):
    state = 12345
    data = bytearray()
    for y in range(height):
        for x in range(width):
            for c in range(channels):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                noise = (state >> 16) % 64
                data.append(((x * 255 // (width - 1)) * (c + 1) + y * 7 + noise * (c + 2)) % 256)
    return bytes(data)


def shorter_side_resize(img, size):
    # torchvision.transforms.functional.resize with an int size, PIL branch
    w, h = img.size
    short, long = (w, h) if w <= h else (h, w)
    if short == size:
        return img
    new_short, new_long = size, int(size * long / short)
    new_w, new_h = (new_short, new_long) if w <= h else (new_long, new_short)
    return img.resize((new_w, new_h), Image.BILINEAR)


def center_crop(img, size):
    # torchvision.transforms.functional.center_crop; Python's round() rounds half to even
    w, h = img.size
    top = int(round((h - size) / 2.0))
    left = int(round((w - size) / 2.0))
    return img.crop((left, top, left + size, top + size))


def imagenet(img):
    # torchvision's ImageFolder loader converts to RGB before the transforms run
    return center_crop(shorter_side_resize(img.convert("RGB"), 256), 224)


def main(out_dir):
    with open(f"{out_dir}/pil-resize.sha256", "w") as f:
        for name, width, height, mode, op in CASES:
            src = Image.frombytes(mode, (width, height), pattern(width, height, len(mode)))
            if op == "imagenet":
                out = imagenet(src)
                if mode == "L":
                    # gray then RGB gives the same pixels as RGB then the same transforms
                    gray_first = center_crop(shorter_side_resize(src, 256), 224).convert("RGB")
                    assert gray_first.tobytes() == out.tobytes(), name
            else:
                out = src.resize(op, Image.BILINEAR)
            f.write(f"{name} {out.width} {out.height} {len(out.getbands())} "
                    f"{hashlib.sha256(out.tobytes()).hexdigest()}\n")


if __name__ == "__main__":
    main(sys.argv[1])
