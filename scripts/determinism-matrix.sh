#!/usr/bin/env bash
# Determinism under other engine settings than the build's own: for 1 and 2 intra-op threads and
# ATen capped at AVX2 (crbench's setting) or left at the processor's best (AVX-512 where present),
# with oneDNN at crbench's SSE4.1 cap, runs the engine self-check and the training fingerprint
# (io.crbench.numerics.TrainingFingerprint) in two separate JVMs and fails unless both JVMs pass
# the self-check and print the same fingerprint. CI runs it after the build (.ci/run).
#   scripts/determinism-matrix.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
# Compiling in the same Maven call lets benchmark-core resolve to its classes, installed or not.
mvn -B -q -ntp -pl benchmark-core,benchmark-dl compile dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
classpath="benchmark-dl/target/classes:$(cat "$cp_file")"
status=0
for threads in 1 2; do
  for aten in avx2 unset; do
    prints=()
    for jvm in 1 2; do
      vars=(DNNL_MAX_CPU_ISA=SSE41 MKL_CBWR=AVX2 OMP_NUM_THREADS="$threads")
      [ "$aten" = unset ] || vars+=(ATEN_CPU_CAPABILITY="$aten")
      prints+=("$(env -u ATEN_CPU_CAPABILITY "${vars[@]}" \
        java -Dai.djl.offline=true -cp "$classpath" io.crbench.numerics.TrainingFingerprint 50 2>/dev/null || echo failed)")
    done
    verdict=ok
    if [ "${prints[0]}" = failed ] || [ "${prints[0]}" != "${prints[1]}" ]; then
      verdict=FAILED
      status=1
    fi
    echo "determinism threads=$threads ATEN_CPU_CAPABILITY=$aten: ${prints[0]} ${prints[1]} $verdict"
  done
done
exit "$status"
