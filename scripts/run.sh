#!/usr/bin/env bash
# Sets up, builds the page in release mode and serves it on localhost;
# prints the URL. Ctrl+C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
exec scripts/serve.sh "$@"
