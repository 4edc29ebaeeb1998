#!/bin/sh
# Prints what the page downloads (wasm + js + css of dist/), raw and gzip -9,
# and fails if the gzip total is over the budget (WEB_BUDGET_KB, default 450).
set -eu
cd "$(dirname "$0")/.."
budget=${WEB_BUDGET_KB:-450}
total=0; raw_total=0
for f in dist/*.wasm dist/*.js dist/*.css; do
  [ -f "$f" ] || continue
  case "$f" in */sw.js) continue ;; esac
  raw=$(wc -c < "$f"); gz=$(gzip -9c "$f" | wc -c)
  total=$((total + gz)); raw_total=$((raw_total + raw))
  printf '%-48s %9d B raw %8d B gzip\n' "$f" "$raw" "$gz"
done
printf 'total: %d KB raw, %d KB gzip -9 (budget %d KB)\n' $((raw_total / 1024)) $((total / 1024)) "$budget"
if [ $((total / 1024)) -gt "$budget" ] && [ "${WEB_SIZE_WARN_ONLY:-0}" != 1 ]; then
  echo "web-size: over budget" >&2
  exit 1
fi
