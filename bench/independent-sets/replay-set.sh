#!/bin/bash
# Replays one independent set through agentwatch and scores it.
#   bash bench/independent-sets/replay-set.sh bench/independent-sets/set-44 [TAG] [CONFIG]
# Generates the set first when its streams are missing (sh generate.sh, or the two generators).
# Writes out-TAG-fleet.ndjson, out-TAG-desk.ndjson, score-TAG-fleet.txt and score-TAG-desk.txt in
# the set's folder and prints the totals. TAG defaults to "now"; CONFIG is a replay --config file.
set -euo pipefail
SET=${1:?usage: replay-set.sh SET_DIR [TAG] [CONFIG]}
TAG=${2:-now}
CONFIG=${3:-}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CLI="$ROOT/bin/agentwatch.js"
if [ ! -f "$SET/fleet.ndjson" ] || [ ! -f "$SET/desk.ndjson" ]; then
  if [ -f "$SET/generate.sh" ]; then (cd "$SET" && sh generate.sh > /dev/null)
  else (cd "$SET" && node gen-fleet.mjs > /dev/null && node gen-desk.mjs > /dev/null); fi
fi
CONFIG_ARGS=()
[ -n "$CONFIG" ] && CONFIG_ARGS=(--config "$CONFIG")
IDENTITY=()
[ -f "$SET/registry.ndjson" ] && IDENTITY+=(--registry "$SET/registry.ndjson")
[ -f "$SET/directory.ndjson" ] && IDENTITY+=(--directory "$SET/directory.ndjson")
node "$CLI" replay "$SET/fleet.ndjson" "${IDENTITY[@]}" "${CONFIG_ARGS[@]}" --no-store --quiet \
  > "$SET/out-$TAG-fleet.ndjson"
node "$CLI" replay "$SET/desk.ndjson" --input-format transcript "${CONFIG_ARGS[@]}" --no-store --quiet \
  > "$SET/out-$TAG-desk.ndjson"
node "$SET/score.mjs" fleet "$SET/out-$TAG-fleet.ndjson" > "$SET/score-$TAG-fleet.txt"
node "$SET/score.mjs" desk "$SET/out-$TAG-desk.ndjson" > "$SET/score-$TAG-desk.txt"
echo "== $SET ($TAG)"
grep -h -E 'incidents caught|per active agent-day' "$SET/score-$TAG-fleet.txt"
grep -h -E 'followed-injection sessions caught|benign sessions with any alert' "$SET/score-$TAG-desk.txt"
