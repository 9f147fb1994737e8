#!/usr/bin/env bash
# Trained weights must not depend on the cache sizes the processor reports (README, "Numerics"):
# runs the training fingerprint (io.crbench.numerics.TrainingFingerprint) on an emulated processor
# (qemu-user, `-cpu EPYC-Rome`) that reports its caches in CPUID leaf 0x8000001D, and on the same
# processor with that leaf empty (`xlevel=0x8000001c,level=0x10`: the leaf is out of range and reads
# as the empty basic leaf 0x10), as a VM that reports no caches has it; fails unless both print the
# same fingerprint. Needs qemu-user
# (scripts/setup.sh installs it). CI runs it after the determinism matrix (.ci/run).
#   scripts/cache-report-matrix.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v qemu-x86_64 >/dev/null || { echo "cache-report-matrix: qemu-x86_64 not found (scripts/setup.sh installs qemu-user)" >&2; exit 1; }
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
mvn -B -q -ntp -pl benchmark-core,benchmark-dl compile dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
classpath="benchmark-dl/target/classes:$(cat "$cp_file")"
java_bin="$(readlink -f "$(command -v java)")"
prints=()
for cpu in EPYC-Rome EPYC-Rome,xlevel=0x8000001c,level=0x10; do
  # qemu-user runs the JVM itself, so the emulated CPUID is what oneDNN and MKL read.
  prints+=("$(env DNNL_MAX_CPU_ISA=SSE41 ATEN_CPU_CAPABILITY=avx2 MKL_CBWR=AVX2 OMP_NUM_THREADS=2 \
    qemu-x86_64 -cpu "$cpu" "$java_bin" -Dai.djl.offline=true -cp "$classpath" \
    io.crbench.numerics.TrainingFingerprint 50 2>/dev/null || echo failed)")
  echo "cache report $cpu: ${prints[-1]}"
done
if [ "${prints[0]}" = failed ] || [ "${prints[0]}" != "${prints[1]}" ]; then
  echo "cache-report-matrix: FAILED, the fingerprint depends on the caches the processor reports" >&2
  exit 1
fi
echo "cache-report-matrix: ok"
