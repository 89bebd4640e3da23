#!/usr/bin/env bash
# Measures Lakeside's start-up: process start to the first page served (HTTP 200 on /), on JDK 25,
# without Maven in the timing. Runs a cold start (empty data dir: demo data is generated) and a
# warm start (same data dir: demo data is skipped), RUNS times each, and prints one line per run.
# Usage: scripts/measure-startup.sh [RUNS]   (from the repository root, after `mvn -q compile`)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
JAVA=$(ls -d /usr/lib/jvm/*25*/bin/java | head -1)
PORT=18080
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
CP="target/classes:$(cat target/classpath.txt)"

run_once() {
  local data_dir=$1 label=$2
  local start end pid
  start=$(date +%s%N)
  "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$CP" dev.lakeside.LakesideApplication \
    --server.port=$PORT --lakeside.warehouse.data-dir="$data_dir" > target/startup-$label.log 2>&1 &
  pid=$!
  until curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/" 2>/dev/null | grep -q 200; do
    if ! kill -0 $pid 2>/dev/null; then echo "app exited; see target/startup-$label.log" >&2; exit 1; fi
    sleep 0.05
  done
  end=$(date +%s%N)
  local demo
  demo=$(grep -o 'Demo data ready in [0-9]* ms' target/startup-$label.log || echo 'no demo line')
  echo "$label: first page after $(( (end - start) / 1000000 )) ms ($demo)"
  kill $pid; wait $pid 2>/dev/null || true
}

for i in $(seq 1 "$RUNS"); do
  dir=$(mktemp -d)
  run_once "$dir" cold
  run_once "$dir" warm
  rm -rf "$dir"
done
