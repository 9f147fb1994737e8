#!/usr/bin/env bash
# Installs the system packages crbench needs on a fresh Debian machine: the JDK and Maven, fonts
# for the report's plots, the real encoders behind the non-JPEG codecs, libjpeg-turbo's TurboJPEG
# and libpng for fast JPEG and PNG (io.crbench.codec.TurboJpeg, io.crbench.image.LibPng; ImageIO
# where they are missing), Fashion-MNIST, tcmalloc for the test JVMs (pom.xml, profile tcmalloc),
# Chromium for the report check (scripts/check-report.sh), and qemu-user, whose emulated processors
# let the cache-report check vary what CPUID reports (scripts/determinism-matrix.sh). Idempotent
# and quick when everything is already there. Extra Debian packages given as arguments are
# installed with them (scripts/throughput-side-by-side.sh adds its Python reference's).
set -euo pipefail

packages=(openjdk-17-jdk-headless maven fontconfig fonts-dejavu-core libavif-bin webp libjxl-tools libopenjp2-tools
  libturbojpeg0 libpng16-16
  dataset-fashion-mnist libtcmalloc-minimal4 chromium qemu-user "$@")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "crbench setup: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
echo "crbench setup: system packages ready"
