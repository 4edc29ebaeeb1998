#!/usr/bin/env bash
# Runs everything CI runs: formatting, clippy (native and wasm32), all Rust
# tests, a release web build, the single-file build and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m== %s\033[0m\n' "$*"; }

say "cargo fmt --check"
cargo fmt --all --check
say "clippy (native)"
cargo clippy --workspace --all-targets --locked -- -D warnings
say "clippy (wasm32)"
cargo clippy -p toancanh-web -p toancanh-core --target wasm32-unknown-unknown --locked -- -D warnings
say "tests"
cargo test --workspace --locked
say "web build and browser tests"
scripts/test-web.sh
say "all green"
