// A small static server for dist/ (no dependencies): correct MIME types,
// an optional sub-path prefix (to test GitHub Pages' /<repo>/), 127.0.0.1 only.
//   node tests/web/server.mjs [dir] [--port N] [--prefix /toancanh/]
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

export function serve(dir, { port = 0, prefix = "/" } = {}) {
  const root = path.resolve(dir);
  if (!prefix.endsWith("/")) prefix += "/";
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    let p = decodeURIComponent(url.pathname);
    if (prefix !== "/" && p === prefix.slice(0, -1)) {
      res.writeHead(301, { Location: prefix });
      return res.end();
    }
    if (!p.startsWith(prefix)) {
      res.writeHead(404);
      return res.end("not found");
    }
    p = p.slice(prefix.length);
    if (p === "" || p.endsWith("/")) p += "index.html";
    const file = path.resolve(root, p);
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403);
      return res.end();
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404);
        return res.end("not found");
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
        "Cache-Control": "no-cache",
      });
      res.end(data);
    });
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () => resolve({ server, port: server.address().port, prefix }))
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const dir = args.find((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1].startsWith("--"))) || "dist";
  const { port, prefix } = await serve(dir, {
    port: Number(opt("--port", 8080)),
    prefix: opt("--prefix", "/"),
  });
  console.log(`Toàn Cảnh: http://127.0.0.1:${port}${prefix}  (serving ${dir}; Ctrl+C to stop)`);
}
