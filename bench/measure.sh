#!/usr/bin/env bash
# Whole-process wall time and peak memory (max RSS) of Ninefold's engine per model,
# and of the same BDDs built with BuDDy: the figures in docs/engine.md.
#   bench/measure.sh [BUILD_DIR]        (default: build)
# Each figure is the best of 5 runs of a fresh process (start-up, reading the XML,
# import, analysis; nothing written). Variable orders other than depth-first can
# explode: they run under `ulimit -v` (2 GiB) and `timeout` (60 s).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
ft=$build/bench/ninefold-ft
buddy=$build/bench/ninefold-ft-buddy
data=$root/tests/data/openpsa
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for n in 100 1000 10000; do
  "$ft" --write-generated "$n" --seed 1 "$tmp/generated-$n.xml"
done

declare -A files=(
  [theatre]="$data/theatre.xml"
  [SmallTree]="$data/SmallTree.xml"
  [beta_factor_ccf]="$data/beta_factor_ccf.xml"
  [three_motor]="$data/three_motor.xml"
  [chinese]="$data/chinese.xml $data/chinese-basic-events.xml"
  [baobab1]="$data/baobab1.xml $data/baobab1-basic-events.xml"
  [generated-100]="$tmp/generated-100.xml"
  [generated-1000]="$tmp/generated-1000.xml"
  [generated-10000]="$tmp/generated-10000.xml"
)
order=(theatre SmallTree beta_factor_ccf three_motor chinese baobab1 generated-100 generated-1000 generated-10000)

# best of 5: prints "wall_ms max_rss_MB"
run() {
  local best_ms="" best_kb="" i start end ms kb
  for i in 1 2 3 4 5; do
    start=$(date +%s%N)
    kb=$( { /usr/bin/time -f "%M" "$@" > /dev/null; } 2>&1 | tail -n 1 )
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000 ))
    if [ -z "$best_ms" ] || [ "$ms" -lt "$best_ms" ]; then best_ms=$ms; fi
    if [ -z "$best_kb" ] || [ "$kb" -lt "$best_kb" ]; then best_kb=$kb; fi
  done
  awk -v us="$best_ms" -v kb="$best_kb" 'BEGIN { printf "%.1f ms  %.1f MB", us / 1000, kb / 1024 }'
}

echo "| model | probability (import + BDD + P) | + MCS (all listed; generated: count + 20 listed) | + MCS + importance | BuDDy: import + BDD + P |"
echo "|---|---|---|---|---|"
for m in "${order[@]}"; do
  # shellcheck disable=SC2086
  set -- ${files[$m]}
  list=-1
  case $m in generated-*) list=20 ;; esac
  p=$(run "$ft" --what probability "$@")
  c=$(run "$ft" --what mcs --list "$list" "$@")
  a=$(run "$ft" --what all --list "$list" "$@")
  b="—"
  [ -x "$buddy" ] && b=$(run "$buddy" "$@")
  echo "| $m | $p | $c | $a | $b |"
done

echo
echo "In-process phases (ninefold-ft, best of 5 runs of each phase):"
for m in "${order[@]}"; do
  # shellcheck disable=SC2086
  set -- ${files[$m]}
  echo "$m: $("$ft" --what all --repeat 5 "$@" | tr '\n' ' ')"
  [ -x "$buddy" ] && echo "$m (BuDDy): $("$buddy" "$@")"
done

echo
echo "Variable orders (BDD nodes reachable / made during the build):"
for m in chinese baobab1 generated-1000; do
  # shellcheck disable=SC2086
  set -- ${files[$m]}
  for h in depth-first depth-first-reversed breadth-first event-index random; do
    out=$( (ulimit -v 2097152; timeout 60 "$ft" --order-heuristic "$h" "$@") 2>/dev/null | grep "^order=" || true)
    [ -n "$out" ] || out="exceeded 2 GiB or 60 s"
    echo "$m $h: $out"
  done
done
