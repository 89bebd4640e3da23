#!/usr/bin/env bash
# Start-up benchmark (docs/performance.md): process start to first page served, for each start-up
# optimisation, measured in ONE run with the variants interleaved (A B C D A B C D ...).
#
#   scripts/benchmark-startup.sh [RUNS]        (from anywhere; RUNS warm starts per variant, default 5)
#
# Environment: PORT (default 18080), COLD=0 to skip the cold starts (one per variant, empty data folder,
# demo data generated), VARIANTS to pick some (default: all five below, in this order).
#
# The variants, from no optimisation to all of them:
#   dev-scan-all  dev mode (vaadin-dev on the class path) from target/classes, as `mvn spring-boot:run` runs
#                 the README command, with application.properties minus vaadin.allowed-packages: Vaadin's
#                 dev mode scans the whole class path
#   dev-allowed   the same with vaadin.allowed-packages=dev.lakeside (the default configuration)
#   jar           the production build (`mvn -Pproduction package`) from jar files: the layout
#                 `java -Djarmode=tools -jar lakeside.jar extract` writes (the application jar plus lib/),
#                 as on Databricks Apps (launch.py: the thin jar plus lib/*.jar)
#   jar-aot       + the JDK 25 AOT cache (JEP 483/514/515), trained once by this script before the runs:
#                 one start with -XX:AOTCacheOutput, the page and the home view requested, then SIGTERM
#   jar-aot-lazy  + spring.main.lazy-initialization=true
# Two times per start: "page" = first HTTP 200 on / whose body is Vaadin's application page; "view" = the
# UI init and the navigation to the home view (?v-r=init, then ?v-r=uidl) answered with the tool cards:
# what a browser needs before the user sees the tools. Each start logs to target/startup-bench/logs/.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
PORT=${PORT:-18080}
COLD=${COLD:-1}
VARIANTS=${VARIANTS:-dev-scan-all dev-allowed jar jar-aot jar-aot-lazy}
JDK=${JDK:-$(ls -d /usr/lib/jvm/*25* | head -1)}
JAVA="$JDK/bin/java"
BENCH=target/startup-bench
APP_DIR=$BENCH/app
AOT=$BENCH/app.aot
mkdir -p $BENCH/logs

jar=$(ls target/lakeside-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
# A Spring Boot jar (not the thin jar of -Pdatabricks-app) in production mode, or build one.
# (grep reads all of its input: with pipefail, grep -q would stop unzip early and fail the test.)
if [ -z "$jar" ] || ! unzip -l "$jar" | grep 'BOOT-INF/lib/' > /dev/null \
    || ! unzip -p "$jar" META-INF/VAADIN/config/flow-build-info.json | grep '"productionMode" : true' > /dev/null; then
  echo "Building the production jar (mvn -Pproduction -DskipTests package) ..." >&2
  JAVA_HOME=$JDK mvn -q -B -ntp -Pproduction -DskipTests package
  jar=$(ls target/lakeside-*.jar | grep -v -- '-plain' | head -1)
fi
rm -rf $APP_DIR && "$JAVA" -Djarmode=tools -jar "$jar" extract --destination $APP_DIR > /dev/null
APP_JAR=$(ls $APP_DIR/lakeside-*.jar)
# Dev mode runs from target/classes (compiled by the build above) on the Maven class path, vaadin-dev included.
JAVA_HOME=$JDK mvn -q -B -ntp dependency:build-classpath -Dmdep.outputFile=$BENCH/classpath.txt -Dmdep.includeScope=runtime
DEV_CP="target/classes:$(cat $BENCH/classpath.txt)"
# The scan-all configuration: the application's own properties without the allowed-packages line.
grep -v '^vaadin.allowed-packages=' src/main/resources/application.properties > $BENCH/no-allowed-packages.properties

JVM_FLAGS=(--enable-native-access=ALL-UNNAMED)
flags_of() {
  case $1 in
    dev-*)     echo "-cp $DEV_CP dev.lakeside.LakesideApplication" ;;
    jar)       echo "-jar $APP_JAR" ;;
    jar-aot*)  echo "-XX:AOTCache=$AOT -jar $APP_JAR" ;;
    train)     echo "-XX:AOTCacheOutput=$AOT -jar $APP_JAR" ;;
    first)     echo "-jar $APP_JAR" ;;
  esac
}
args_of() {
  case $1 in
    dev-scan-all) echo "--spring.config.location=file:$BENCH/no-allowed-packages.properties" ;;
    jar-aot-lazy) echo "--spring.main.lazy-initialization=true" ;;
    *)            echo "" ;;
  esac
}
APP_PID=
trap '[ -n "$APP_PID" ] && kill $APP_PID 2>/dev/null' EXIT
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# One start: sets PAGE and VIEW (ms since the process started) and JVM (the start time Spring Boot logs, s).
start_once() {
  local variant=$1 data_dir=$2 label=$3
  local log=$BENCH/logs/$label.log cookies=$BENCH/cookies.txt body=$BENCH/body.txt
  rm -f "$cookies"
  local start page view pid
  start=$(now_ms)
  # shellcheck disable=SC2046
  "$JAVA" "${JVM_FLAGS[@]}" $(flags_of "$variant") --server.port="$PORT" \
    --lakeside.warehouse.data-dir="$data_dir" $(args_of "$variant") > "$log" 2>&1 &
  pid=$!
  APP_PID=$pid
  until [ "$(curl -s -o "$body" -c "$cookies" -w '%{http_code}' "http://localhost:$PORT/" 2>/dev/null)" = 200 ] \
      && grep -q 'window.Vaadin' "$body" && grep -q 'id="outlet"' "$body"; do
    kill -0 $pid 2>/dev/null || { echo "the app exited; see $log" >&2; exit 1; }
    sleep 0.02
  done
  page=$(( $(now_ms) - start ))
  # What the browser does next (as src/test/java/dev/lakeside/deploy/VaadinClient.java): the UI init,
  # then the navigation to the home view, whose answer holds the tool cards.
  curl -s -b "$cookies" -o "$body" "http://localhost:$PORT/?v-r=init&location=&query="
  local csrf ui
  csrf=$(grep -o '"Vaadin-Security-Key":"[^"]*"' "$body" | cut -d'"' -f4)
  ui=$(grep -o '"v-uiId":[0-9]*' "$body" | cut -d: -f2)
  curl -s -b "$cookies" -o "$body" -H 'Content-Type: application/json; charset=UTF-8' \
    --data "{\"csrfToken\":\"$csrf\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}" \
    "http://localhost:$PORT/?v-r=uidl&v-uiId=$ui"
  grep -q 'Supplier Fixer' "$body" || { echo "the home view's answer lacks the tool cards; see $body" >&2; exit 1; }
  view=$(( $(now_ms) - start ))
  local jvm
  jvm=$(grep -o 'Started LakesideApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' || echo '?')
  kill $pid; wait $pid 2>/dev/null || true
  APP_PID=
  PAGE=$page VIEW=$view JVM=$jvm
}

warm_dir=$BENCH/data
if [ ! -f $warm_dir/lakeside.duckdb ]; then
  echo "Generating the demo data once into $warm_dir ..." >&2
  start_once first $warm_dir first-start
fi

if [[ " $VARIANTS " == *"-aot"* ]]; then
  rm -f $AOT
  train_start=$(now_ms)
  start_once train $warm_dir aot-training   # the JVM writes the cache as it exits
  [ -f $AOT ] || { echo "no AOT cache was written; see $BENCH/logs/aot-training.log" >&2; exit 1; }
  echo "AOT cache: training run and cache creation $(( $(now_ms) - train_start )) ms, $(du -m $AOT | cut -f1) MB" >&2
fi

results=$BENCH/results.txt
: > $results
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$COLD" = 1 ]; then
  for v in $VARIANTS; do
    cold_dir=$(mktemp -d -p $BENCH cold-XXXX)
    start_once "$v" "$cold_dir" "cold-$v"
    rm -rf "$cold_dir"
    echo "cold $v $PAGE $VIEW $JVM" | tee -a $results
  done
fi
for i in $(seq 1 "$RUNS"); do
  for v in $VARIANTS; do
    start_once "$v" $warm_dir "warm-$v-$i"
    echo "warm $v $PAGE $VIEW $JVM" | tee -a $results
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# Median, min and max per variant, and the medians' ratio to the baseline's.
echo
echo "| Variant | Warm: first page, median (min-max) | vs first | Warm: home view, median (min-max) | vs first | Cold: page / view |"
echo "|---|---|---|---|---|---|"
stats() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%d %d %d\n", m, a[1], a[NR]}'; }
base_page=; base_view=
for v in $VARIANTS; do
  read -r pm pmin pmax < <(awk -v v="$v" '$1=="warm" && $2==v {print $3}' $results | stats)
  read -r vm vmin vmax < <(awk -v v="$v" '$1=="warm" && $2==v {print $4}' $results | stats)
  [ -z "$base_page" ] && base_page=$pm && base_view=$vm
  cold=$(awk -v v="$v" '$1=="cold" && $2==v {printf "%.1f / %.1f s", $3/1000, $4/1000}' $results)
  printf "| %s | %.2f s (%.2f-%.2f) | %.2fx | %.2f s (%.2f-%.2f) | %.2fx | %s |\n" "$v" \
    "$(echo "$pm/1000" | bc -l)" "$(echo "$pmin/1000" | bc -l)" "$(echo "$pmax/1000" | bc -l)" \
    "$(echo "$pm/$base_page" | bc -l)" \
    "$(echo "$vm/1000" | bc -l)" "$(echo "$vmin/1000" | bc -l)" "$(echo "$vmax/1000" | bc -l)" \
    "$(echo "$vm/$base_view" | bc -l)" "${cold:--}"
done
