#!/usr/bin/env bash
# Distributed overhead: CPU seconds (user + sys) of every process of a
# distributed run — embedded NATS server, publish, one worker, collect —
# against `whosaid run` (no sheets) over the same articles. Three rounds;
# prints each round and the medians.
set -euo pipefail
bin=${1:?usage: distributed.sh BIN ARTICLES.jsonl}
input=${2:?usage: distributed.sh BIN ARTICLES.jsonl}
tmp=$(mktemp -d)
trap 'pkill -INT -f "nats-server --store $tmp" 2>/dev/null || true; rm -rf "$tmp"' EXIT
cpu() { awk '{printf "%.2f", $1 + $2}' "$1"; }

for round in 1 2 3; do
  d="$tmp/$round"; mkdir -p "$d"
  port=$((20000 + RANDOM % 20000)); url="nats://127.0.0.1:$port"
  /usr/bin/time -f '%U %S' -o "$d/server" "$bin" nats-server --store "$tmp/js$round" --port "$port" >/dev/null 2>&1 &
  server=$!
  for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
  /usr/bin/time -f '%U %S' -o "$d/publish" "$bin" publish --nats "$url" "$input" >/dev/null 2>&1
  /usr/bin/time -f '%U %S' -o "$d/worker" "$bin" worker -q --drain --nats "$url" &
  worker=$!
  /usr/bin/time -f '%U %S' -o "$d/collect" "$bin" collect --no-queue --drain --nats "$url" --db "$d/dist.db" >/dev/null 2>&1
  wait "$worker"
  pkill -INT -f "nats-server --store $tmp/js$round"; wait "$server" || true
  /usr/bin/time -f '%U %S' -o "$d/run" "$bin" run -q --sheets "" --db "$d/run.db" "$input"
  s=$(cpu "$d/server"); p=$(cpu "$d/publish"); w=$(cpu "$d/worker"); c=$(cpu "$d/collect"); r=$(cpu "$d/run")
  total=$(echo "$s $p $w $c" | awk '{printf "%.2f", $1 + $2 + $3 + $4}')
  echo "round $round: server $s publish $p worker $w collect $c = $total s; run $r s" | tee -a "$tmp/rounds"
done
med() { sort -n | sed -n 2p; }
d=$(awk '{ for (i = 1; i <= NF; i++) if ($i == "=") print $(i+1) }' "$tmp/rounds" | med)
r=$(awk '{ print $(NF-1) }' "$tmp/rounds" | med)
echo "$d $r" | awk '{ printf "median: distributed %.2f s, run %.2f s, overhead %+.0f %%\n", $1, $2, ($1 / $2 - 1) * 100 }'
