#!/usr/bin/env bash
# Usage: scripts/repeat_tests.sh [RUNS] [MINUTES]   (MINUTES may be SECONDSs, e.g. 90s)
#
# Runs the built test suite RUNS times (default 20), as CI does (CI=true), to bring out what fails or hangs
# only now and then. A run still going after MINUTES (default 5; a run takes about one) is taken as hung:
# the process tree and every thread's stack go to repeat-N-hang.txt (the same dump as .ci/watchdog) and
# the run is stopped. Logs and a summary line per run are written under .build/repeat/.
#
#   swift build --build-tests && scripts/repeat_tests.sh 20
#
# Two tasks awaiting each other leave no thread in the stacks: then read which tests had started and not
# ended in repeat-N.log.
set -u
cd "$(dirname "$0")/.."
runs=${1:-20}
minutes=${2:-5}
out=.build/repeat
mkdir -p "$out"
export CI=true
for i in $(seq 1 "$runs"); do
  start=$(date +%s)
  swift test --skip-build > "$out/repeat-$i.log" 2>&1 &
  tests=$!
  .ci/watchdog "$minutes" 2> "$out/repeat-$i-hang.txt" &
  watchdog=$!
  wait "$tests"
  status=$?
  kill "$watchdog" 2>/dev/null
  wait "$watchdog" 2>/dev/null
  if grep -q "^=== stacks of" "$out/repeat-$i-hang.txt"; then verdict=HUNG; else verdict="exit $status"; rm -f "$out/repeat-$i-hang.txt"; fi
  echo "run $i: $verdict after $(( $(date +%s) - start )) s; $(grep -E 'Test run with' "$out/repeat-$i.log" | tail -1)" | tee -a "$out/summary.txt"
done
