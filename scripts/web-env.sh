# Sourced (`. scripts/web-env.sh`) by the scripts that build the page's wasm:
# Trunk's build and the single-file build. Nothing else uses it.
#
# The page has a size budget (scripts/web-size.sh; gzip of wasm + js + css). Three
# options bring the wasm under it, together −51 KB gzip (docs/web.md,
# "Size levers"):
#   - the standard library rebuilt with `optimize_for_size` (its small sort
#     and formatting code; needs the rust-src component);
#   - `-Zfmt-debug=none`: `Debug` formatting compiled out (the page never
#     shows `{:?}` output; error texts use Display or `js_error_text`);
#   - `-Zlocation-detail=none`: no file paths and lines in panic messages.
# They are unstable options, enabled on the pinned stable toolchain with
# RUSTC_BOOTSTRAP=1 (as the Linux kernel builds its Rust code) for this one
# build only: every other build, test and clippy run uses plain stable.
# When rust-src is missing or the toolchain refuses an option, the page is
# built the plain way (larger) and this says so.
tc_sysroot="$(rustc --print sysroot 2>/dev/null || true)"
if [ -d "$tc_sysroot/lib/rustlib/src/rust/library/std" ] \
  && RUSTC_BOOTSTRAP=1 rustc -Zfmt-debug=none -Zlocation-detail=none \
    --target wasm32-unknown-unknown --print cfg >/dev/null 2>&1; then
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zfmt-debug=none -Zlocation-detail=none"
else
  echo "web-env: rust-src or the size options are unavailable; building the page without them (larger)" >&2
fi
unset tc_sysroot
