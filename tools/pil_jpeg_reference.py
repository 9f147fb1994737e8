#!/usr/bin/env python3
"""Writes the PIL reference hashes that JpegCodecPilIdentityTest checks JpegCodec against.

Needs PIL (Debian: apt-get install python3-pil; the checked-in hashes come from Pillow 9.4.0 with
libjpeg-turbo, Debian bookworm). Usage: python3 tools/pil_jpeg_reference.py OUTPUT_DIR
The test pattern must stay identical to PilTestPattern.java (integer arithmetic on both sides).
"""
import hashlib
import io
import sys

from PIL import Image

WIDTH, HEIGHT = 37, 29


def pattern(channels):
    state = 12345
    data = bytearray()
    for y in range(HEIGHT):
        for x in range(WIDTH):
            for c in range(channels):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                noise = (state >> 16) % 64
                data.append(((x * 255 // (WIDTH - 1)) * (c + 1) + y * 7 + noise * (c + 2)) % 256)
    return bytes(data)


def main(out_dir):
    rgb = Image.frombytes("RGB", (WIDTH, HEIGHT), pattern(3))
    gray = Image.frombytes("L", (WIDTH, HEIGHT), pattern(1))
    modes = [("rgb420", rgb, {}), ("rgb444", rgb, {"subsampling": 0}),
             ("rgb422", rgb, {"subsampling": 1}), ("gray", gray, {})]
    for name, img, options in modes:
        with open(f"{out_dir}/pil-{name}.sha256", "w") as f:
            for q in range(1, 101):
                buf = io.BytesIO()
                img.save(buf, "JPEG", quality=q, **options)
                f.write(f"{q} {hashlib.sha256(buf.getvalue()).hexdigest()}\n")


if __name__ == "__main__":
    main(sys.argv[1])
