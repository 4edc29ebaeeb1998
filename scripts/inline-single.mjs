// Writes dist-single/toancanh.html: the whole app in ONE file that works
// from file:// — CSS, the no-modules wasm-bindgen glue and the wasm (base64)
// inlined. Called by scripts/build-single.sh.
//   node scripts/inline-single.mjs <glue.js> <app_bg.wasm> <out.html>
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

const [glueFile, wasmFile, outFile] = process.argv.slice(2);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const glue = fs.readFileSync(glueFile, "utf8");
const wasm = fs.readFileSync(wasmFile).toString("base64");
const css = fs.readFileSync(path.join(root, "web/style.css"), "utf8");
const icon = fs.readFileSync(path.join(root, "web/icon.svg"), "utf8");
const index = fs.readFileSync(path.join(root, "index.html"), "utf8");
const body = index.slice(index.indexOf("<body>") + 6, index.indexOf("</body>"));

const boot =
  'wasm_bindgen({ module_or_path: Uint8Array.from(atob(document.getElementById("tc-wasm").textContent.trim()), (c) => c.charCodeAt(0)) })' +
  '.catch((e) => { const b = document.getElementById("boot"); if (b) { b.textContent = "Không tải được Toàn Cảnh / Could not start: " + e; b.classList.add("boot-error"); } throw e; });';
const sha = (s) => "'sha256-" + crypto.createHash("sha256").update(s, "utf8").digest("base64") + "'";
// Inline code is allowed by its hash only. worker-src blob: — from file://
// there is no same-origin file to start the analysis worker from, so it
// is built as a Blob from the inlined glue. img-src data: — the favicon.
const csp = [
  "default-src 'none'",
  `script-src ${sha(glue)} ${sha(boot)} 'wasm-unsafe-eval'`,
  `style-src ${sha(css)}`,
  "img-src data:",
  "worker-src blob:",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const html = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<title>Toàn Cảnh — bản một tệp, dùng không cần mạng</title>
<link rel="icon" href="data:image/svg+xml;base64,${Buffer.from(icon).toString("base64")}">
<style>${css}</style>
</head>
<body>${body}
<script id="tc-glue">${glue}</script>
<script id="tc-wasm" type="application/octet-stream">${wasm}</script>
<script id="tc-boot">${boot}</script>
</body>
</html>
`;
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, html);
console.log(`build-single: ${outFile} (${(html.length / 1024).toFixed(0)} KB)`);
