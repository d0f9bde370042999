#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ with the address sanitizer and runs each for
# FUZZ_SECONDS seconds (docs/RELIABILITY.md).
#
#   scripts/fuzz.sh                      # every target, FUZZ_SECONDS (default 120) each
#   FUZZ_SECONDS=600 scripts/fuzz.sh DeckReaderFuzz
#   scripts/fuzz.sh --build-only         # just build .build-fuzz/bin/*
#
# The libraries (WBRModel, WBRStore, WBRBuild, Yams) are built by SwiftPM into .build-fuzz with
# coverage instrumentation for libFuzzer and ASan; each target's own files are then compiled
# and linked against them with swiftc, which links the libFuzzer runtime (its main()).
# The working corpus grows in .build-fuzz/corpus/<target>; the seeds in Fuzz/corpus/<target>
# are never written to. Crashes, timeouts and out-of-memory inputs land in
# .build-fuzz/findings/. Exit status 1 when any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${FUZZ_SECONDS:-120}
SCRATCH=${FUZZ_SCRATCH:-.build-fuzz}
SWIFT=${SWIFT:-swift}
SWIFTC=${SWIFTC:-swiftc}
ALL=(DeckReaderFuzz OwnersReaderFuzz JournalReaderFuzz CSVReaderFuzz ConfigReaderFuzz NotesWriterFuzz JournalWriterFuzz DeckWriterFuzz)

build_only=0
targets=()
for a in "$@"; do
  if [ "$a" = --build-only ]; then build_only=1; else targets+=("$a"); fi
done
[ ${#targets[@]} -gt 0 ] || targets=("${ALL[@]}")

# Per target: the largest input, and the dictionary.
max_len() {
  case $1 in
    DeckReaderFuzz) echo 65536 ;;
    ConfigReaderFuzz) echo 16384 ;;
    *) echo 16384 ;;
  esac
}
dict() {
  case $1 in
    ConfigReaderFuzz) echo Fuzz/dict/yaml.dict ;;
    CSVReaderFuzz) echo Fuzz/dict/csv.dict ;;
    NotesWriterFuzz | JournalWriterFuzz | DeckWriterFuzz) echo Fuzz/dict/text.dict ;;
    *) echo Fuzz/dict/json.dict ;;
  esac
}

echo "== building the libraries with -sanitize=fuzzer,address ($SCRATCH)"
"$SWIFT" build -c release --scratch-path "$SCRATCH" --target WBRBuild \
  -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address
lib="$SCRATCH/release"
mapfile -t objects < <(find "$lib/WBRModel.build" "$lib/WBRStore.build" "$lib/WBRBuild.build" "$lib/Yams.build" \
  "$lib/CYaml.build" -name '*.o' | sort)
# Yams imports its C part internally; the compiler still needs to find that module.
cyaml="$SCRATCH/checkouts/Yams/Sources/CYaml/include"

mkdir -p "$SCRATCH/bin" "$SCRATCH/findings" "$SCRATCH/logs"
for t in "${targets[@]}"; do
  echo "== linking $t"
  "$SWIFTC" -O -sanitize=fuzzer,address -parse-as-library -module-name "$t" \
    -I "$lib/Modules" -I "$cyaml" -Xcc "-fmodule-map-file=$cyaml/module.modulemap" \
    "Fuzz/$t/main.swift" Fuzz/Support/*.swift Tests/WBRModelTests/{OutputChecks,FuzzInputs,FuzzWriterInputs}.swift Tests/WBRBuildTests/BuildFuzzInputs.swift "${objects[@]}" -o "$SCRATCH/bin/$t" \
    2> >(grep -v "Cannot export local symbol '__asan" >&2)
done
[ $build_only = 1 ] && exit 0

summary="$SCRATCH/fuzz-summary.txt"
printf '%-18s %8s %12s %8s %8s %s\n' target seconds executions exec/s corpus result > "$summary"
status=0
for t in "${targets[@]}"; do
  echo "== fuzzing $t for ${SECONDS_EACH}s"
  mkdir -p "$SCRATCH/corpus/$t"
  log="$SCRATCH/logs/$t.log"
  set +e
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} "$SCRATCH/bin/$t" \
    -max_total_time="$SECONDS_EACH" -timeout=1 -rss_limit_mb=2048 -max_len="$(max_len "$t")" \
    -dict="$(dict "$t")" -artifact_prefix="$SCRATCH/findings/$t-" -print_final_stats=1 \
    "$SCRATCH/corpus/$t" "Fuzz/corpus/$t" > "$log" 2>&1
  rc=$?
  set -e
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  corpus=$(find "$SCRATCH/corpus/$t" -type f | wc -l)
  result=ok
  if [ $rc -ne 0 ]; then
    result="FOUND (exit $rc): $(grep -m1 -E 'ERROR: |fuzz oracle|Fatal error' "$log" || true)"
    status=1
  fi
  printf '%-18s %8s %12s %8s %8s %s\n' "$t" "${took:-?}" "${runs:-?}" "${rate:-?}" "$corpus" "$result" \
    | tee -a "$summary"
done
echo "== summary ($summary)"
cat "$summary"
exit $status
