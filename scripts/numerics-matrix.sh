#!/usr/bin/env bash
# Runs the engine's known-answer checks (io.crbench.numerics.KnownAnswerMain) under every
# combination of intra-op threads, oneDNN ISA cap and ATen dispatch cap, one JVM each, and prints
# which checks fail under which setting: the evidence behind the engine settings in the README.
# ATEN_CPU_CAPABILITY=default is ATen's scalar (non-vectorised) code; unset lets ATen pick the
# processor's best (AVX-512 where present).
# Further arguments go to Maven, e.g. another engine to recheck the settings against (run that in
# a separate clone: it compiles into the clone's target folders):
#   scripts/numerics-matrix.sh [repetitions [maven arguments...]]
#   scripts/numerics-matrix.sh 5 -Ddjl.version=0.36.0 -Dpytorch.version=2.7.1
set -euo pipefail
cd "$(dirname "$0")/.."
reps="${1:-20}"
shift || true
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
# Compiling in the same Maven call lets benchmark-core resolve to its classes, installed or not.
mvn -B -q -ntp -pl benchmark-core,benchmark-dl compile dependency:build-classpath -Dmdep.outputFile="$cp_file" "$@" >/dev/null
classpath="benchmark-dl/target/classes:$(cat "$cp_file")"
printf '%-8s %-12s %-9s %s\n' threads onednn_isa aten failed_checks
for threads in 1 2; do
  for isa in unset AVX512_CORE AVX2 AVX SSE41; do
    for aten in unset avx2 default; do
      vars=(OMP_NUM_THREADS="$threads")
      [ "$isa" = unset ] || vars+=(DNNL_MAX_CPU_ISA="$isa")
      [ "$aten" = unset ] || vars+=(ATEN_CPU_CAPABILITY="$aten")
      failed=$(env -u DNNL_MAX_CPU_ISA -u ATEN_CPU_CAPABILITY -u MKL_ENABLE_INSTRUCTIONS "${vars[@]}" \
        java -Dai.djl.offline=true -cp "$classpath" io.crbench.numerics.KnownAnswerMain "$reps" 2>/dev/null \
        | grep ': FAILED' | cut -d: -f1 | paste -sd' ' || true)
      printf '%-8s %-12s %-9s %s\n' "$threads" "$isa" "$aten" "${failed:-none}"
    done
  done
done
