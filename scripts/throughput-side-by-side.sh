#!/usr/bin/env bash
# crbench against PIL + NumPy + scikit-image on the throughput issue's two workloads, end to end
# (process start, loading and checksums included), on this machine, in one run: each workload's
# numbers from both sides must agree to the printed digits, then both are timed RUNS times in
# alternation and the medians of wall time, CPU time and peak resident memory are compared. A third
# side, crbench with -Dcrbench.jpeg=imageio, shows what libjpeg-turbo changed.
# The Python side is tools/throughput_reference.py (not part of crbench) on Debian's python3-pil,
# python3-numpy and python3-skimage, which this script installs (through scripts/setup.sh) when they
# are missing.
#
# Usage (after `mvn -q install -DskipTests`): CRBENCH_MIRROR=DIR bash scripts/throughput-side-by-side.sh
# Writes target/side-by-side/summary.md (RUNS=5 by default).
set -euo pipefail
cd "$(dirname "$0")/.."

mirror=${CRBENCH_MIRROR:?set CRBENCH_MIRROR to the data set mirror (README, Quick start)}
runs=${RUNS:-5}
jar=benchmarks/target/crbench-benchmarks-runnable.jar
[ -f "$jar" ] || { echo "missing $jar: run 'mvn -q install -DskipTests' first" >&2; exit 2; }

bash scripts/setup.sh python3-pil python3-numpy python3-skimage time

out=target/side-by-side
rm -rf "$out" && mkdir -p "$out"
archive="$out/end-to-end.jsa"
# The heap bound of the throughput issue. ParallelGC and transparent huge pages for the heap,
# measured here on the CIFAR-10 workload: 2.9 s with G1 and 4 KB pages, 2.4 s (the young generation's
# first-touch page faults were most of the system time); neutral on LIVE1. The class archive (written
# by the untimed first run) is the JVM's counterpart of the bytecode caches Python ships with its
# packages: 0.15-0.25 s less start-up.
jvm=(java -Xmx512m -XX:+UseParallelGC -XX:+UseTransparentHugePages -cp "$jar")
# glibc's malloc returns and re-faults scikit-image's large temporaries on every call; these
# thresholds (measured here: LIVE1 136 s -> 34 s) give the Python side its best time.
python_env=(env MALLOC_MMAP_THRESHOLD_=1073741824 MALLOC_TRIM_THRESHOLD_=1073741824)

median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }

{
  echo "# crbench vs PIL + NumPy + scikit-image, end to end"
  echo
  echo "$(lscpu | sed -n 's/^Model name: *//p'), CPU family $(lscpu | sed -n 's/^CPU family: *//p'), $(nproc) CPUs;" \
    "$(java -version 2>&1 | head -1); $(/usr/bin/python3 -c 'import PIL, numpy, skimage; print(f"Pillow {PIL.__version__}, NumPy {numpy.__version__}, scikit-image {skimage.__version__}")');" \
    "$(date -u +%Y-%m-%d); medians of $runs runs each, alternating"
  echo
  echo "| workload | side | wall s | CPU s | peak RSS MB |"
  echo "|---|---|---|---|---|"
} > "$out/summary.md"

for workload in cifar live1; do
  CRBENCH_MIRROR="$mirror" "${jvm[@]}" -XX:ArchiveClassesAtExit="$archive.$workload" \
    -Xlog:disable -Xlog:all=warning:file="$out/archive-$workload.log" io.crbench.benchmarks.EndToEndWorkload "$workload" \
    > "$out/crbench-$workload.txt"
  CRBENCH_MIRROR="$mirror" "${jvm[@]}" -Dcrbench.jpeg=imageio io.crbench.benchmarks.EndToEndWorkload "$workload" \
    > "$out/crbench-imageio-$workload.txt"
  "${python_env[@]}" /usr/bin/python3 tools/throughput_reference.py "$workload" "$mirror" > "$out/python-$workload.txt"
  for side in crbench crbench-imageio; do
    if ! diff "$out/$side-$workload.txt" "$out/python-$workload.txt" > "$out/diff-$side-$workload.txt"; then
      echo "side-by-side: $workload: $side and the Python reference disagree (see $out/diff-$side-$workload.txt)" >&2
      exit 1
    fi
  done
  for i in $(seq "$runs"); do
    CRBENCH_MIRROR="$mirror" /usr/bin/time -f "%e %U %S %M" -a -o "$out/crbench-$workload.times" \
      "${jvm[@]}" -XX:SharedArchiveFile="$archive.$workload" io.crbench.benchmarks.EndToEndWorkload "$workload" > /dev/null
    # crbench as it was before libjpeg-turbo: the same run with ImageIO's JPEG codec.
    CRBENCH_MIRROR="$mirror" /usr/bin/time -f "%e %U %S %M" -a -o "$out/crbench-imageio-$workload.times" \
      "${jvm[@]}" -XX:SharedArchiveFile="$archive.$workload" -Dcrbench.jpeg=imageio \
      io.crbench.benchmarks.EndToEndWorkload "$workload" > /dev/null
    /usr/bin/time -f "%e %U %S %M" -a -o "$out/python-$workload.times" \
      "${python_env[@]}" /usr/bin/python3 tools/throughput_reference.py "$workload" "$mirror" > /dev/null
  done
  for side in crbench crbench-imageio python; do
    times="$out/$side-$workload.times"
    wall=$(awk '{print $1}' "$times" | median)
    cpu=$(awk '{print $2 + $3}' "$times" | median)
    rss=$(awk '{print $4 / 1024}' "$times" | median)
    printf '| %s | %s | %.2f | %.2f | %.0f |\n' "$workload" "$side" "$wall" "$cpu" "$rss" >> "$out/summary.md"
    eval "${side//-/_}_wall=$wall"
  done
  # shellcheck disable=SC2154
  ratio=$(awk -v p="$python_wall" -v c="$crbench_wall" 'BEGIN {printf "%.2f", p / c}')
  # shellcheck disable=SC2154
  echo "$workload: crbench ${crbench_wall} s (${crbench_imageio_wall} s with ImageIO's JPEG), Python ${python_wall} s:" \
    "crbench ${ratio}x faster; numbers identical to the printed digits" | tee -a "$out/notes.txt"
done
{ echo; sed 's/^/- /' "$out/notes.txt"; } >> "$out/summary.md"
cat "$out/summary.md"
