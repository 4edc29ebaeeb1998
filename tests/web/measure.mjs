// How long the page takes to analyse a text, as the page itself shows it
// ("phân tích trong … ms"): serves dist/ under /toancanh/, pastes FILE into
// a fresh page nine times (Ctrl+Enter each time) and prints every time shown,
// the first (what a visitor sees on a first paste) and the median.
//   node tests/web/measure.mjs FILE        (after `trunk build --release`)
// A measuring tool, not a test: timings depend on the machine.
import { chromium } from "playwright-core";
import fs from "node:fs";
import path from "node:path";
import { serve } from "./server.mjs";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const file = process.argv[2];
if (!file) {
  console.error("usage: node tests/web/measure.mjs FILE");
  process.exit(2);
}
const text = fs.readFileSync(file, "utf8");
const { server, port } = await serve(path.resolve(ROOT, process.env.DIST || "dist"), { prefix: "/toancanh/" });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
const page = await (await browser.newContext()).newPage();
const t0 = Date.now();
await page.goto(`http://127.0.0.1:${port}/toancanh/`);
await page.waitForSelector("[data-testid=input]");
console.log(`usable after ${Date.now() - t0} ms`);
// WAIT=ms: let the page settle (worker warm-up, compilation) before pasting.
if (process.env.WAIT) await page.waitForTimeout(+process.env.WAIT);
const shown = [];
for (let i = 0; i < 9; i++) {
  // A trailing space on every other run makes each text new to the page.
  await page.fill("[data-testid=input]", text + (i % 2 ? " " : ""));
  // PASTE=1: no Ctrl+Enter; the page's own debounced re-analysis runs
  // (as after a real paste), when the page has finished handling the input.
  if (!process.env.PASTE) await page.keyboard.press("Control+Enter");
  await page.waitForFunction(
    (prev) => {
      const e = document.querySelector("[data-testid=elapsed]");
      return e && e.textContent !== prev && !document.querySelector("[data-testid=working]");
    },
    shown.at(-1) ?? "",
    { timeout: 60000 },
  ).catch(() => {});
  await page.waitForTimeout(600);
  shown.push((await page.textContent("[data-testid=elapsed]")).trim());
}
const ms = shown.map((s) => parseFloat(s.replace(/[^\d,]/g, "").replace(",", ".")));
const sorted = [...ms].sort((a, b) => a - b);
console.log(shown.join(" | "));
console.log(`first ${ms[0]} ms, median ${sorted[4]} ms, min ${sorted[0]} ms`);
await browser.close();
server.close();
