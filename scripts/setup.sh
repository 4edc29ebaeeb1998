#!/usr/bin/env bash
# Installs what building and testing Toàn Cảnh needs, skipping what is
# already there: the wasm32 target, rust-src, trunk, wasm-bindgen-cli, Chromium and
# the npm tools (wasm-opt from binaryen, playwright-core). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m== %s\033[0m\n' "$*"; }

if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q '0\.21\.14'; then
  say "installing trunk 0.21.14 (about 9 minutes on 2 cores)"
  cargo install trunk --version 0.21.14 --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q '0\.2\.130'; then
  say "installing wasm-bindgen-cli 0.2.130 (about 3 minutes)"
  # --locked fails against this registry (a locked dependency is missing): retry without it.
  cargo install wasm-bindgen-cli --version =0.2.130 --locked || cargo install wasm-bindgen-cli --version =0.2.130
fi

if ! command -v chromium >/dev/null 2>&1; then
  say "installing Debian's chromium"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y chromium chromium-driver || { $SUDO apt-get update && $SUDO apt-get install -y chromium chromium-driver; }
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ]; then
  say "installing npm tools (binaryen, playwright-core)"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi

# The page's wasm rebuilds the standard library for size (scripts/web-env.sh):
# it needs the library's sources and their crates.
if ! rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
  say "adding rust-src"
  rustup component add rust-src || say "rust-src unavailable: the page will be built without its size options"
fi

say "fetching crates"
cargo fetch --locked
RUSTC_BOOTSTRAP=1 cargo fetch --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort >/dev/null 2>&1 || true
say "setup done"
