#!/bin/sh
# Builds dist-single/toancanh.html: the whole app as ONE self-contained HTML
# file (wasm inlined, wasm-bindgen --target no-modules) that works when
# opened from file:// — "save it and use it offline".
# Needs: wasm32 target, wasm-bindgen-cli 0.2.130, npm ci (wasm-opt). See
# scripts/web-setup.sh.
set -eu
cd "$(dirname "$0")/.."
PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Cargo's target directory, wherever CARGO_TARGET_DIR puts it.
target="${CARGO_TARGET_DIR:-target}"
out="$target/single"
. scripts/web-env.sh
cargo build -p toancanh-web --bin toancanh-web --profile release-web \
  --target wasm32-unknown-unknown --locked ${CARGO_OFFLINE:+--offline}
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen --target no-modules --no-typescript --out-dir "$out" \
  "$target/wasm32-unknown-unknown/release-web/toancanh-web.wasm"
wasm-opt -Oz "$out/toancanh-web_bg.wasm" -o "$out/app.wasm"
node scripts/inline-single.mjs "$out/toancanh-web.js" "$out/app.wasm" dist-single/toancanh.html
