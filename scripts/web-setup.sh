#!/bin/sh
# Installs what the web page needs to build and test, offline-friendly and
# idempotent: each step is skipped when its tool is already there.
#   wasm32 target · trunk 0.21.14 · wasm-bindgen-cli 0.2.130 ·
#   Debian chromium + chromium-driver · npm ci (wasm-opt 132, playwright-core)
set -eu
cd "$(dirname "$0")/.."
PATH="$HOME/.cargo/bin:$PATH"
say() { printf 'web-setup: %s\n' "$*"; }

if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "wasm32-unknown-unknown present"
else
  say "adding wasm32-unknown-unknown"; rustup target add wasm32-unknown-unknown
fi

if trunk --version 2>/dev/null | grep -q ' 0\.21\.14'; then
  say "trunk 0.21.14 present"
else
  say "installing trunk 0.21.14 (~9 min)"; cargo install trunk --version 0.21.14 --locked
fi

if wasm-bindgen --version 2>/dev/null | grep -q ' 0\.2\.130'; then
  say "wasm-bindgen-cli 0.2.130 present"
else
  say "installing wasm-bindgen-cli 0.2.130 (~3 min)"
  # --locked fails against this registry (a locked dependency is missing): retry without
  cargo install wasm-bindgen-cli --version =0.2.130 --locked \
    || cargo install wasm-bindgen-cli --version =0.2.130
fi

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  say "chromium present"
else
  say "installing chromium"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium chromium-driver
fi

if [ -x node_modules/.bin/wasm-opt ] && [ -d node_modules/playwright-core ] \
  && node_modules/.bin/wasm-opt --version | grep -q 'version 132'; then
  say "node_modules present"
else
  say "npm ci"; npm ci --no-audit --no-fund
fi

# The page's wasm rebuilds the standard library for size (scripts/web-env.sh):
# it needs the library's sources and their crates.
if ! rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
  say "adding rust-src"
  rustup component add rust-src || say "rust-src unavailable: the page will be built without its size options"
fi

cargo fetch --locked
RUSTC_BOOTSTRAP=1 cargo fetch --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort >/dev/null 2>&1 || true
say "ready: scripts/serve.sh to run the page, scripts/test-web.sh to test it"
