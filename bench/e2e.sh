#!/usr/bin/env bash
# End-to-end benchmark: runs the binary over a JSONL corpus on all cores and
# prints articles/s, MB/s, peak RSS and the time to the first claim.
set -euo pipefail
bin=${1:?usage: e2e.sh BIN CORPUS}
corpus=${2:?usage: e2e.sh BIN CORPUS}
articles=$(wc -l < "$corpus")
bytes=$(stat -c %s "$corpus")
cores=$(nproc)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# start-up: time until the first claim of the first article is written
head -n1 "$corpus" > "$tmp/one.jsonl"
start=$(date +%s%N)
"$bin" extract -q "$tmp/one.jsonl" | head -c1 >/dev/null
first=$(( ($(date +%s%N) - start) / 1000000 ))

/usr/bin/time -f '%e %M' -o "$tmp/time" "$bin" extract -q -o /dev/null "$corpus"
read -r secs rss_kb < "$tmp/time"
awk -v a="$articles" -v b="$bytes" -v s="$secs" -v r="$rss_kb" -v c="$cores" -v f="$first" 'BEGIN {
  printf "corpus: %d articles, %.1f MB\n", a, b/1048576
  printf "wall: %.2f s on %d cores\n", s, c
  printf "throughput: %.0f articles/s (%.0f per core), %.1f MB/s (%.1f per core)\n", a/s, a/s/c, b/1048576/s, b/1048576/s/c
  printf "peak RSS: %.0f MB\n", r/1024
  printf "first claim out: %d ms\n", f
}'
