#!/usr/bin/env bash
# Opens the finished run's report as a reviewer would, in headless Chromium (installed by
# scripts/setup.sh), and fails when the front page (index.html, the per-paper scoreboard) is missing
# or empty, when Allure's page (allure.html) does not render its panels, or when any attachment a
# test case names is not in the report. CI runs it after the build (.ci/run).
#   scripts/check-report.sh [report directory, default suites/target/allure-report]
set -euo pipefail
cd "$(dirname "$0")/.."
report="${1:-suites/target/allure-report}"
fail() { echo "crbench report check: $*" >&2; exit 1; }
[ -f "$report/index.html" ] || fail "no front page at $report/index.html"
[ -f "$report/allure.html" ] || fail "no Allure page at $report/allure.html"
grep -q '<td class="num' "$report/index.html" || fail "the front page $report/index.html has no paper rows"

render() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --allow-file-access-from-files \
    --window-size=1400,1000 --virtual-time-budget=15000 --dump-dom "file://$(realpath "$1")" 2>/dev/null
}
board="$(render "$report/index.html")" || fail "Chromium could not open $report/index.html"
grep -q "published cells per paper" <<<"$board" || fail "the front page (scoreboard) did not render"
grep -q 'href="[^"]*allure.html#' <<<"$board" || fail "the front page does not link to Allure's page"
allure="$(render "$report/allure.html")" || fail "Chromium could not open $report/allure.html"
for panel in Environment Suites; do
  grep -q "$panel" <<<"$allure" || fail "Allure's page shows no $panel panel (the report's data did not load)"
done
grep -q "paper " <<<"$allure" || fail "Allure's page shows no paper entries"

# Every attachment a test case names must be in the report (Allure shows a broken link otherwise).
named="$(python3 - "$report" <<'PY'
import json, pathlib, sys
report = pathlib.Path(sys.argv[1])
def attachments(node):
    if isinstance(node, dict):
        for a in node.get("attachments", []):
            yield a["source"]
        for value in node.values():
            yield from attachments(value)
    elif isinstance(node, list):
        for value in node:
            yield from attachments(value)
named = {s for case in (report / "data" / "test-cases").glob("*.json") for s in attachments(json.loads(case.read_text()))}
missing = sorted(s for s in named if not (report / "data" / "attachments" / s).is_file())
for s in missing:
    print("missing attachment", s, file=sys.stderr)
if not named:
    sys.exit("no test case names an attachment")
print(len(named))
sys.exit(1 if missing else 0)
PY
)" || fail "attachments are missing from $report/data/attachments"
echo "crbench report check: front page, scoreboard and $named attachments load"
