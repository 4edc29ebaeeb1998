#!/bin/sh
# Builds the page (release) and serves dist/ on 127.0.0.1, printing its URL.
#   scripts/serve.sh [--port N] [--prefix /toancanh/]   (default port 8080)
# Run scripts/web-setup.sh once first.
set -eu
cd "$(dirname "$0")/.."
PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
(. scripts/web-env.sh && trunk build --release)
exec node tests/web/server.mjs dist "$@"
