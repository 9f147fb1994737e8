#!/usr/bin/env bash
# crbench entry point.
#   scripts/crbench.sh run   the experiment suites on the default data; ends with the report's path
#                            (run -Preplication: only the CIFAR-10 converged replication, in full)
#   scripts/crbench.sh test  the full build: unit tests, suites, regression gate, installed artifacts,
#                            the gate's coverage (every measured cell accepted, every accepted cell
#                            measured; default run only), then examples/mobilenet-gate built against
#                            them (what CI runs)
#   scripts/crbench.sh evaluate ...  the `crbench evaluate` command on your own model (--help for usage)
# Data comes from the mirror in CRBENCH_MIRROR (or -Dcrbench.mirror=...), else from the public URLs.
# Extra arguments go to Maven (e.g. -Pfull for paper scale, -Dcrbench.record=true to accept results).
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-}"
shift || true
bash scripts/setup.sh

# The engine settings every crbench JVM runs with (README, "Numerics"), as io.crbench.numerics.EngineSettings
# chooses them (EngineSettingsTest holds this line to it). The Maven build sets them for its test JVMs
# too; exporting them here covers every other JVM.
export DNNL_MAX_CPU_ISA=SSE41 ATEN_CPU_CAPABILITY=avx2 MKL_CBWR=AVX2

mvn_flags=(-B -ntp)
if [ -n "${CRBENCH_MIRROR:-}" ]; then
  # Absolute, so JVMs started in other folders (the example project's) find it too.
  CRBENCH_MIRROR="$(cd "$CRBENCH_MIRROR" && pwd)"
  export CRBENCH_MIRROR
  mvn_flags+=("-Dcrbench.mirror=$CRBENCH_MIRROR")
fi

case "$mode" in
  run)
    # The suites' module is built by the verify below.
    mvn "${mvn_flags[@]}" -q install -DskipTests -pl '!suites'
    mvn "${mvn_flags[@]}" verify -pl suites "$@"
    ;;
  test)
    mvn "${mvn_flags[@]}" install "$@"
    if [ "$#" -eq 0 ]; then
      # The accepted rows are the default run's: with other settings (-Pfull, one suite) they cannot cover each other.
      java -cp evaluate/target/crbench-evaluate-command.jar io.crbench.result.GateCoverage \
        suites/target/crbench-results/results.jsonl baselines/recorded/accepted
    fi
    # A team's project gating its own model through crbench's installed artifacts (README, "Gate your own model").
    mvn "${mvn_flags[@]}" -f examples/mobilenet-gate/pom.xml verify
    ;;
  evaluate|merge)
    jar=evaluate/target/crbench-evaluate-command.jar
    [ -f "$jar" ] || mvn "${mvn_flags[@]}" -q install -DskipTests -pl evaluate -am
    exec java -Dai.djl.offline=true -jar "$jar" "$mode" "$@"
    ;;
  *)
    echo "usage: scripts/crbench.sh run|test [maven arguments] | evaluate|merge|compare [command arguments]" >&2
    exit 2
    ;;
esac
echo "crbench: results   $(pwd)/suites/target/crbench-results/results.jsonl"
echo "crbench: report    $(pwd)/suites/target/allure-report/index.html (per-paper scoreboard; the Allure report is allure.html beside it)"
