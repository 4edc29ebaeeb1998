// Starts the app: imports the hashed wasm-bindgen glue named on this
// script tag (Trunk's pattern_script) and instantiates the wasm.
// A file, not an inline script, so the CSP can stay `script-src 'self'`.
const tag = document.querySelector("script[data-tc-js]");
const abs = (p) => new URL(p, document.baseURI).href;
try {
  const glue = await import(abs(tag.dataset.tcJs));
  await glue.default({ module_or_path: abs(tag.dataset.tcWasm) });
} catch (err) {
  const boot = document.getElementById("boot");
  if (boot) {
    boot.textContent =
      "Không tải được Toàn Cảnh (trình duyệt cần hỗ trợ WebAssembly). / Could not start Toàn Cảnh: " +
      String(err && err.message ? err.message : err);
    boot.classList.add("boot-error");
  }
  throw err;
}
