#!/usr/bin/env bash
# Determinism under other engine settings and processors than the build's own (README, "Numerics"),
# from the training fingerprint (io.crbench.numerics.TrainingFingerprint), each in its own JVM:
# 1. for 1 and 2 intra-op threads and ATen capped at AVX2 (crbench's setting) or left at the
#    processor's best (AVX-512 where present), with oneDNN at crbench's SSE4.1 cap, two JVMs must
#    pass the engine self-check and print the same fingerprint;
# 2. the trained weights must not depend on the cache sizes the processor reports: on an emulated
#    processor (qemu-user, `-cpu EPYC-Rome`) that reports its caches in CPUID leaf 0x8000001D, and
#    on the same processor with that leaf empty (`xlevel=0x8000001c,level=0x10`: the leaf is out of
#    range and reads as the empty basic leaf 0x10), as a VM that reports no caches has it, the
#    fingerprints must be equal. Needs qemu-user (scripts/setup.sh installs it).
# Fails if any pair differs or a JVM fails. CI runs it after the build (.ci/run).
#   scripts/determinism-matrix.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v qemu-x86_64 >/dev/null || { echo "determinism-matrix: qemu-x86_64 not found (scripts/setup.sh installs qemu-user)" >&2; exit 1; }
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
# Compiling in the same Maven call lets benchmark-core resolve to its classes, installed or not.
mvn -B -q -ntp -pl benchmark-core,benchmark-dl compile dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
classpath="benchmark-dl/target/classes:$(cat "$cp_file")"
fingerprint=(-Dai.djl.offline=true -cp "$classpath" io.crbench.numerics.TrainingFingerprint 50)
# crbench's engine settings as io.crbench.numerics.EngineSettings chooses them; every JVM below gets
# its oneDNN and MKL settings, and ATen's cap is one of the variables of the first check.
mapfile -t settings < <(java -cp "$classpath" io.crbench.numerics.EngineSettings)
engine=()
for setting in "${settings[@]}"; do
  case "$setting" in
    ATEN_CPU_CAPABILITY=*) aten_setting="${setting#*=}" ;;
    *) engine+=("$setting") ;;
  esac
done
[ "${#engine[@]}" -gt 0 ] && [ -n "${aten_setting:-}" ] || { echo "determinism-matrix: unexpected engine settings: ${settings[*]}" >&2; exit 1; }
status=0

# Sets $verdict to "ok" if both arguments are the same fingerprint, else to "FAILED" and fails the run.
# (Not called in a command substitution, whose subshell would lose $status.)
compare() {
  verdict=ok
  if [ "$1" = failed ] || [ "$1" != "$2" ]; then
    verdict=FAILED
    status=1
  fi
}

for threads in 1 2; do
  for aten in "$aten_setting" unset; do
    prints=()
    for jvm in 1 2; do
      vars=("${engine[@]}" OMP_NUM_THREADS="$threads")
      [ "$aten" = unset ] || vars+=(ATEN_CPU_CAPABILITY="$aten")
      prints+=("$(env -u ATEN_CPU_CAPABILITY "${vars[@]}" java "${fingerprint[@]}" 2>/dev/null || echo failed)")
    done
    compare "${prints[@]}"
    echo "determinism threads=$threads ATEN_CPU_CAPABILITY=$aten: ${prints[0]} ${prints[1]} $verdict"
  done
done

java_bin="$(readlink -f "$(command -v java)")"
prints=()
for cpu in EPYC-Rome EPYC-Rome,xlevel=0x8000001c,level=0x10; do
  # qemu-user runs the JVM itself, so the emulated CPUID is what oneDNN and MKL read.
  prints+=("$(env "${engine[@]}" ATEN_CPU_CAPABILITY="$aten_setting" OMP_NUM_THREADS=2 \
    qemu-x86_64 -cpu "$cpu" "$java_bin" "${fingerprint[@]}" 2>/dev/null || echo failed)")
done
compare "${prints[@]}"
echo "determinism cache report (emulated EPYC-Rome, with and without leaf 0x8000001D): ${prints[0]} ${prints[1]} $verdict"
exit "$status"
