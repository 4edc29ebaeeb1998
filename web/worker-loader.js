// The analysis worker (a classic dedicated worker). It imports the page's
// own ES-module glue and wasm, whose hashed names the page passes in the
// query; the wasm's main() sees it runs in a worker and registers the
// gloo-worker analysis endpoint. Only same-origin files are accepted.
const q = new URL(self.location.href).searchParams;
const js = new URL(q.get("js") || "", self.location.href);
const wasm = new URL(q.get("wasm") || "", self.location.href);
if (js.origin !== self.location.origin || wasm.origin !== self.location.origin) {
  throw new Error("worker-loader: only same-origin modules");
}
import(js.href).then((glue) => glue.default({ module_or_path: wasm.href }));
