#!/bin/sh
# Builds the page and its single-file version, then runs the browser tests
# (tests/web/run.mjs) in headless Chromium. Exits non-zero on any failure.
#   SKIP_BUILD=1 scripts/test-web.sh   reuse dist/ and dist-single/
#   ONLY=offline scripts/test-web.sh   run the tests whose name has "offline"
# Run scripts/web-setup.sh once first.
set -eu
cd "$(dirname "$0")/.."
PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  (. scripts/web-env.sh && trunk build --release)
  CARGO_OFFLINE=1 scripts/build-single.sh
fi
# component tests in the browser (wasm-bindgen-test, crates/web/src/browser_tests.rs)
WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown -p toancanh-web --locked ${CARGO_OFFLINE:+--offline}
size=0; sh scripts/web-size.sh || size=$?
tests=0; node tests/web/run.mjs || tests=$?
[ "$size" -eq 0 ] || echo "test-web: the page is over its size budget (see above)" >&2
[ "$tests" -eq 0 ] && [ "$size" -eq 0 ]
