// Browser tests of the built page (dist/ and dist-single/), in Debian's
// headless Chromium driven by playwright-core. Run: scripts/test-web.sh
// (or `node tests/web/run.mjs` after a build).
//
// The expectations on analysis results are what a working analyzer must
// show for the page's own sample texts (crates/web/samples/): they hold
// once the core extracts what SPEC.md describes.
//
// Env: DIST (default dist), SINGLE (default dist-single/toancanh.html),
// SCREENSHOT_DOCS=1 also refreshes docs/screenshot.png, ONLY=substring.
import { chromium } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serve } from "./server.mjs";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const DIST = path.resolve(ROOT, process.env.DIST || "dist");
const SINGLE = path.resolve(ROOT, process.env.SINGLE || "dist-single/toancanh.html");
const SHOTS = path.join(ROOT, "tests/screenshots");
const PREFIX = "/toancanh/";
const SAMPLES = path.join(ROOT, "crates/web/samples");
fs.mkdirSync(SHOTS, { recursive: true });

const FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

// ---------------------------------------------------------------- harness
const tests = [];
const test = (name, fn) => tests.push({ name, fn });
class Fail extends Error {}
function ok(cond, msg) {
  if (!cond) throw new Fail(msg);
}
function eq(a, b, msg) {
  if (a !== b) throw new Fail(`${msg}: expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`);
}

const consoleErrors = [];
const foreignRequests = [];
let base; // http://127.0.0.1:PORT/toancanh/
let browser;

async function newContext(opts = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tc-web-"));
  const ctx = await browser.newContext({ acceptDownloads: true, ...opts });
  ctx._dir = userDataDir;
  await ctx.grantPermissions(["clipboard-read", "clipboard-write"], base ? { origin: new URL(base).origin } : undefined).catch(() => {});
  watch(ctx);
  return ctx;
}

function watch(ctx) {
  const origin = base ? new URL(base).origin : null;
  ctx.on("page", (page) => attach(page, origin));
  ctx.on("request", (req) => {
    const u = req.url();
    if (u.startsWith("data:") || u.startsWith("blob:") || u.startsWith("file:")) return;
    if (origin && new URL(u).origin === origin) return;
    foreignRequests.push(u);
  });
}
function attach(page, _origin) {
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(`${page.url()}: ${m.text().slice(0, 400)}`);
  });
  page.on("pageerror", (e) => consoleErrors.push(`${page.url()}: pageerror ${e.message}`));
}

async function open(ctx, url = base) {
  const page = await ctx.newPage();
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector("[data-testid=input]");
  page._readyMs = Date.now() - t0;
  return page;
}

async function analyzeSample(page, id) {
  await page.click(`[data-testid=sample-${id}]`);
  await page.waitForSelector("[data-testid=elapsed]", { timeout: 30000 });
  await page.waitForFunction(() => !document.querySelector("[data-testid=working]"));
}

// What a card states, without its quote of the source (which holds the
// figures as written whatever the analyzer understood of them).
async function cardsText(page) {
  return page.$$eval("[data-testid=indicator-card]", (els) =>
    els.map((e) =>
      [...e.querySelectorAll(":scope > :not(.quote)")].map((c) => c.innerText).join(" ").replace(/\s+/g, " ")
    )
  );
}
async function texts(page, testid) {
  return page.$$eval(`[data-testid=${testid}]`, (els) => els.map((e) => e.innerText.replace(/\s+/g, " ")));
}
function someHas(list, ...needles) {
  return list.some((t) => needles.every((n) => t.includes(n)));
}
async function expectCard(page, ...needles) {
  const cards = await cardsText(page);
  ok(someHas(cards, ...needles), `no indicator card holds ${needles.map((n) => `“${n}”`).join(" + ")}; cards:\n  ${cards.join("\n  ")}`);
}
async function expectRow(page, testid, ...needles) {
  const rows = await texts(page, testid);
  ok(someHas(rows, ...needles), `no ${testid} holds ${needles.map((n) => `“${n}”`).join(" + ")}; got:\n  ${rows.join("\n  ")}`);
}
async function timelineHas(page, kind, date) {
  const items = await page.$$eval("[data-testid=timeline-item]", (els) => els.map((e) => [e.dataset.kind, e.dataset.date]));
  ok(items.some(([k, d]) => k === kind && d === date), `timeline lacks ${kind} on ${date}; got ${JSON.stringify(items)}`);
}
async function markHas(page, needle) {
  const marks = await page.$$eval("#sources mark.hl", (els) => els.map((e) => e.textContent));
  ok(marks.some((m) => m.includes(needle)), `no highlighted span contains “${needle}”`);
}
async function shot(page, name) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

// ------------------------------------------------------------------ tests
test("page is usable fast under a sub-path, with its assets", async () => {
  const ctx = await newContext();
  const page = await open(ctx);
  ok(page._readyMs < 3000, `input took ${page._readyMs} ms to appear`);
  eq(await page.getAttribute("html", "lang"), "vi", "default language");
  ok((await page.textContent("h1")).includes("Toàn Cảnh"), "title shown");
  ok(await page.isVisible("[data-testid=sample-ket-luan]"), "samples one click away");
  // relative URLs: every asset came from under the prefix
  const scripts = await page.$$eval("script[src], link[href]", (els) => els.map((e) => e.src || e.href));
  ok(scripts.every((u) => u.includes(PREFIX)), `asset outside ${PREFIX}: ${scripts}`);
  await ctx.close();
});

test("sample: meeting news → cards, ranks, meeting on the timeline, people", async () => {
  const ctx = await newContext();
  const page = await open(ctx);
  await analyzeSample(page, "tin-lam-viec");
  const elapsed = await page.textContent("[data-testid=elapsed]");
  ok(/phân tích trong [\d.,]+ ms/.test(elapsed), `time shown: ${elapsed}`);
  await expectCard(page, "12.345,6", "tỷ đồng", "104,2%", "18,3%");
  await expectCard(page, "612,5");
  await expectCard(page, "7/63");
  await expectCard(page, "14/17");
  await timelineHas(page, "meeting", "2024-11-14");
  await expectRow(page, "person", "Đặng Quang Vinh", "Bí thư Tỉnh ủy");
  await expectRow(page, "person", "Lê Thị Mai Phương");
  await expectRow(page, "reference", "29-NQ/TU");
  await expectRow(page, "directive", "12/2024");
  await markHas(page, "12.345,6");
  ok((await page.textContent("[data-testid=doc-header]")).includes("Quảng Ngãi"), "province in header");
  // change arrows are coloured
  ok(await page.$("[data-testid=change].good"), "a rise shown in the good colour");
  await shot(page, "news");
  await ctx.close();
});

test("sample: conclusion → numbered directives, deadlines, references, signer", async () => {
  const ctx = await newContext();
  const page = await open(ctx);
  await analyzeSample(page, "ket-luan");
  const header = await page.textContent("[data-testid=doc-header]");
  ok(header.includes("412-KL/TU"), `number in header: ${header}`);
  ok(header.includes("Nguyễn Hữu Khang"), `signer in header: ${header}`);
  ok(/Kết luận/i.test(header), "kind conclusion");
  await expectCard(page, "5.218,4", "83,6%", "11,2%");
  await expectCard(page, "15/63");
  await expectCard(page, "7,2%");
  const directives = await texts(page, "directive");
  ok(directives.length >= 7, `≥ 7 numbered tasks, got ${directives.length}`);
  await expectRow(page, "directive", "1.2", "tháng 11/2024");
  await expectRow(page, "reference", "35-CT/TW");
  await expectRow(page, "reference", "05-CT/TW");
  await timelineHas(page, "meeting", "2024-10-24");
  await markHas(page, "5.218,4");
  await shot(page, "conclusion");
  await ctx.close();
});

test("sample: statistics report → groups an economist expects, targets", async () => {
  const ctx = await newContext();
  const page = await open(ctx);
  await analyzeSample(page, "bao-cao-thong-ke");
  await expectCard(page, "9.476,2", "81,4%");
  await expectCard(page, "71.206,3");
  await expectCard(page, "795,8", "triệu USD");
  await expectCard(page, "7,8", "triệu lượt");
  const sections = await page.$$eval(".ind-group", (els) => els.map((e) => e.dataset.section));
  for (const s of ["growth", "budget", "trade", "tourism", "agriculture", "social", "targets"]) {
    ok(sections.includes(s), `section ${s} missing; got ${sections}`);
  }
  const target = await page.$$eval("[data-testid=indicator-card][data-kind=target]", (els) => els.map((e) => e.innerText));
  ok(target.some((t) => t.includes("12.000")), `target card 12.000 tỷ đồng; got ${target}`);
  await shot(page, "report");
  await ctx.close();
});

test("sample: markdown repost → bold figures, 2030 target, meeting", async () => {
  const ctx = await newContext();
  const page = await open(ctx);
  await analyzeSample(page, "bai-dang-lai");
  await expectCard(page, "6.120,8", "102,6%");
  await expectCard(page, "2/13");
  await expectCard(page, "98/138");
  await expectCard(page, "150", "triệu đồng/người/năm");
  await timelineHas(page, "meeting", "2024-12-06");
  await expectRow(page, "person", "Võ Thành Đạt");
  await markHas(page, "6.120,8");
  await ctx.close();
});

test("click a card → its span scrolls into view and flashes; hover a span → card lights", async () => {
  const ctx = await newContext();
  const page = await open(ctx);
  await analyzeSample(page, "bao-cao-thong-ke");
  const cards = page.locator("[data-testid=indicator-card]");
  ok((await cards.count()) > 3, "cards to click");
  const card = cards.last();
  const ref = await card.getAttribute("data-ref");
  await card.click();
  const mark = page.locator(`#sources mark[data-starts~="${ref}"]`).first();
  await mark.waitFor();
  await page.waitForFunction((r) => {
    const m = document.querySelector(`#sources mark[data-starts~="${r}"]`);
    const box = document.getElementById("sources").getBoundingClientRect();
    const b = m.getBoundingClientRect();
    return m.classList.contains("flash") && b.top >= box.top - 1 && b.bottom <= box.bottom + 1;
  }, ref, { timeout: 5000 });
  // keyboard: Enter on a focused card does the same
  await cards.first().focus();
  await page.keyboard.press("Enter");
  // hover: the card of the highlight lights up
  const hoverRef = await mark.getAttribute("data-ref");
  await mark.hover();
  await page.waitForSelector(`[data-ref="${hoverRef}"].lit`, { timeout: 3000 });
  // timeline row → its source
  const item = page.locator("[data-testid=timeline-item] button").first();
  if (await item.count()) await item.click();
  await ctx.close();
});

test("timeline filters by kind", async () => {
  const ctx = await newContext();
  const page = await open(ctx);
  await analyzeSample(page, "ket-luan");
  const all = await page.locator("[data-testid=timeline-item]").count();
  ok(all > 0, "timeline items");
  const chip = page.locator("[data-testid^=filter-]").first();
  const kind = (await chip.getAttribute("data-testid")).slice("filter-".length);
  await chip.click();
  eq(await page.locator(`[data-testid=timeline-item][data-kind=${kind}]`).count(), 0, `${kind} hidden`);
  await chip.click();
  eq(await page.locator("[data-testid=timeline-item]").count(), all, "all back");
  // date order
  const dates = await page.$$eval("[data-testid=timeline-item]", (els) => els.map((e) => e.dataset.date));
  const key = (d) => d.replace(/-Q(\d)/, (_, q) => `-${String((q - 1) * 3 + 1).padStart(2, "0")}`).replace(/-H(\d)/, (_, h) => (h === "1" ? "-01" : "-07"));
  ok(dates.every((d, i) => i === 0 || key(dates[i - 1]).slice(0, 7) <= key(d).slice(0, 7)), `date order: ${dates}`);
  await ctx.close();
});

test("exports: JSON, CSV, Markdown, ICS contents", async () => {
  const ctx = await newContext();
  const page = await open(ctx);
  await analyzeSample(page, "tin-lam-viec");
  const nCards = await page.locator("[data-testid=indicator-card]").count();
  const get = async (kind) => {
    const [dl] = await Promise.all([page.waitForEvent("download"), page.click(`[data-testid=export-${kind}]`)]);
    const p = await dl.path();
    return { name: dl.suggestedFilename(), body: fs.readFileSync(p, "utf8") };
  };
  const json = await get("json");
  ok(json.name.endsWith(".json"), json.name);
  const a = JSON.parse(json.body);
  eq(a.schema_version, 1, "schema_version");
  for (const k of ["document", "indicators", "meetings", "directives", "references", "people", "timeline"]) ok(k in a, `JSON has ${k}`);
  eq(a.indicators.length, nCards, "one card per indicator");
  ok(a.indicators.some((i) => i.value === 12345.6), "JSON value 12345.6");
  const csv = await get("csv");
  const lines = csv.body.replace(/^\uFEFF/, "").trim().split(/\r\n/);
  ok(lines[0].startsWith("group,kind,metric,value"), `CSV header ${lines[0]}`);
  eq(lines.length - 1, nCards, "CSV rows");
  ok(csv.body.includes("12345.6"), "CSV value");
  const md = await get("md");
  ok(md.body.startsWith("# "), "Markdown title");
  ok(md.body.includes("12.345,6 tỷ đồng"), "Markdown figure");
  const ics = await get("ics");
  ok(ics.body.startsWith("BEGIN:VCALENDAR\r\n") && ics.body.includes("END:VCALENDAR"), "ICS frame");
  ok(ics.body.includes("DTSTART;VALUE=DATE:20241114"), "ICS meeting 14/11/2024");
  ok(ics.body.includes("DTSTART;VALUE=DATE:20241231"), "ICS deadline tháng 12/2024");
  // copy one card
  await page.locator("[data-testid=copy-card]").first().click();
  await page.waitForSelector("[data-testid=notice]");
  const clip = await page.evaluate(() => navigator.clipboard.readText()).catch(() => null);
  if (clip !== null) ok(clip.includes("Nguồn:"), `card copied: ${clip}`);
  await ctx.close();
});

test("share link carries the text in the fragment and opens elsewhere", async () => {
  const ctx = await newContext();
  const page = await open(ctx);
  await analyzeSample(page, "ket-luan");
  const text = await page.inputValue("[data-testid=input]");
  const cards = await cardsText(page);
  await page.click("[data-testid=share]");
  const link = await page.locator("[data-testid=share-link]").inputValue();
  ok(link.startsWith(base) && link.includes("#t=z1."), `link ${link.slice(0, 80)}`);
  ok(link.length < text.length * 1.5, `link ${link.length} chars for ${text.length}`);
  const other = await newContext();
  const p2 = await open(other, link);
  await p2.waitForSelector("[data-testid=elapsed]");
  eq(await p2.inputValue("[data-testid=input]"), text, "same text");
  eq(JSON.stringify(await cardsText(p2)), JSON.stringify(cards), "same analysis");
  ok(!(await p2.evaluate(() => location.hash)), "fragment cleared after opening");
  await other.close();
  await ctx.close();
});

test("reload keeps the text; language choice persists; clear data empties", async () => {
  const ctx = await newContext();
  const page = await open(ctx);
  await analyzeSample(page, "bai-dang-lai");
  const text = await page.inputValue("[data-testid=input]");
  await page.click("[data-testid=lang]");
  await page.waitForFunction(() => document.documentElement.lang === "en");
  ok((await page.textContent("[data-testid=run]")).includes("Analyse"), "English UI");
  await page.reload();
  await page.waitForSelector("[data-testid=elapsed]");
  eq(await page.inputValue("[data-testid=input]"), text, "text after reload");
  eq(await page.getAttribute("html", "lang"), "en", "language after reload");
  ok((await page.locator("[data-testid=indicator-card]").count()) > 0, "analysis after reload");
  await page.click("[data-testid=lang]");
  await page.click("[data-testid=clear]");
  eq(await page.inputValue("[data-testid=input]"), "", "cleared");
  ok((await page.textContent(".notices")).includes("Đã xóa dữ liệu"), "clear confirmed");
  eq(await page.evaluate(() => localStorage.length), 0, "storage empty");
  await page.reload();
  await page.waitForSelector("[data-testid=input]");
  eq(await page.inputValue("[data-testid=input]"), "", "still empty after reload");
  await ctx.close();
});

test("open a .md file; Ctrl+Enter analyses; a non-text file is refused", async () => {
  const ctx = await newContext();
  const page = await open(ctx);
  const md = fs.readFileSync(path.join(SAMPLES, "bai-dang-lai.md"));
  await page.setInputFiles("[data-testid=file]", { name: "bai.md", mimeType: "text/markdown", buffer: md });
  await page.waitForSelector("[data-testid=elapsed]");
  eq(await page.inputValue("[data-testid=input]"), md.toString("utf8"), "file text in the input");
  await page.setInputFiles("[data-testid=file]", { name: "x.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF") });
  await page.waitForSelector(".notice.error");
  await page.fill("[data-testid=input]", "Thu ngân sách đạt 1.234,5 tỷ đồng, tăng 5,1%.");
  await page.press("[data-testid=input]", "Control+Enter");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=indicator-card]").length >= 0);
  await ctx.close();
});

test("2 MB paste runs in the worker; the main thread never blocks > 200 ms", async () => {
  const ctx = await newContext();
  const page = await open(ctx);
  const unit = fs.readFileSync(path.join(SAMPLES, "bao-cao-thong-ke.txt"), "utf8") + "\n";
  const big = unit.repeat(Math.ceil((2 * 1024 * 1024) / Buffer.byteLength(unit)));
  // as a paste does: the text lands in the textarea, then "input" fires.
  // Long tasks are counted from the "input" event on: the textarea taking
  // 2 MB is the browser's own work, the same with or without this page.
  await page.evaluate((t) => {
    const ta = document.querySelector("[data-testid=input]");
    const t0 = performance.now();
    ta.value = t;
    window.__setValueMs = performance.now() - t0;
  }, big);
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: "longtask" });
    document.querySelector("[data-testid=input]").dispatchEvent(new InputEvent("input", { bubbles: true }));
  });
  await page.waitForSelector("[data-testid=working]", { timeout: 5000 });
  await page.waitForSelector("[data-testid=elapsed]", { timeout: 120000 });
  const elapsed = await page.textContent("[data-testid=elapsed]");
  ok(elapsed.includes("web worker"), `ran in the worker: ${elapsed}`);
  ok((await page.locator("[data-testid=indicator-card]").count()) > 0, "cards for the big text");
  await page.waitForTimeout(300);
  const longest = await page.evaluate(() => Math.max(0, ...window.__long));
  console.log(`    long tasks: [${await page.evaluate(() => window.__long.map((d) => d.toFixed(0)).join(", "))}] ms; the textarea took the text in ${(await page.evaluate(() => window.__setValueMs)).toFixed(0)} ms`);
  console.log(`    2 MB: ${elapsed.trim()}; longest main-thread task ${longest.toFixed(0)} ms`);
  ok(longest <= 200, `main thread blocked ${longest} ms`);
  await shot(page, "big-input");
  await ctx.close();
});

test("phone width, dark scheme: no horizontal scroll, controls named", async () => {
  const ctx = await newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, colorScheme: "dark" });
  const page = await open(ctx);
  await analyzeSample(page, "tin-lam-viec");
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  ok(over <= 1, `page wider than the phone by ${over}px`);
  // every button has an accessible name
  const unnamed = await page.$$eval("button", (bs) => bs.filter((b) => !(b.innerText.trim() || b.getAttribute("aria-label"))).length);
  eq(unnamed, 0, "buttons without a name");
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  ok(bg !== "rgb(247, 246, 242)", `dark scheme follows the system (body ${bg})`);
  await shot(page, "phone-dark");
  await ctx.close();
});

test("offline: after one visit the page reloads and analyses with the network off", async () => {
  const ctx = await newContext();
  const page = await open(ctx);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 10000 }).catch(async () => {
    await page.reload(); // first load may finish before the worker claims it
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  });
  await ctx.setOffline(true);
  await page.reload();
  await page.waitForSelector("[data-testid=input]");
  await analyzeSample(page, "tin-lam-viec");
  await expectCard(page, "12.345,6");
  ok((await page.textContent("[data-testid=elapsed]")).includes("web worker"), "worker loads offline too");
  await ctx.setOffline(false);
  await ctx.close();
});

test("the page at the site root works too", async () => {
  const { server, port } = await serve(DIST, { prefix: "/" });
  const ctx = await browser.newContext();
  ctx.on("page", (p) => attach(p));
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector("[data-testid=input]");
  await analyzeSample(page, "bao-cao-thong-ke");
  await ctx.close();
  server.close();
});

test("single-file HTML works from file://", async () => {
  ok(fs.existsSync(SINGLE), `${SINGLE} missing: run scripts/build-single.sh`);
  const ctx = await browser.newContext();
  ctx.on("page", (p) => attach(p));
  ctx.on("request", (req) => {
    const u = req.url();
    if (!/^(file|data|blob):/.test(u)) foreignRequests.push(u);
  });
  const page = await ctx.newPage();
  await page.goto("file://" + SINGLE);
  await page.waitForSelector("[data-testid=input]");
  await analyzeSample(page, "tin-lam-viec");
  await expectCard(page, "12.345,6");
  await shot(page, "single-file");
  await ctx.close();
});

// ------------------------------------------------------------------- main
const only = process.env.ONLY;
const { server, port } = await serve(DIST, { prefix: PREFIX });
base = `http://127.0.0.1:${port}${PREFIX}`;
browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: FLAGS });
let failed = 0;
const t0 = Date.now();
for (const t of tests) {
  if (only && !t.name.includes(only)) continue;
  const s = Date.now();
  const errs = consoleErrors.length;
  try {
    await t.fn();
    const extra = consoleErrors.length > errs ? ` — ${consoleErrors.length - errs} console error(s)` : "";
    console.log(`ok   ${t.name} (${Date.now() - s} ms)${extra}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${t.name}\n     ${String(e.message || e).split("\n").join("\n     ")}`);
  }
}
if (process.env.SCREENSHOT_DOCS === "1") {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(base);
  await page.waitForSelector("[data-testid=input]");
  await analyzeSample(page, "tin-lam-viec");
  await page.locator("[data-testid=indicator-card]", { hasText: "12.345,6" }).first().click().catch(() => {});
  await page.waitForTimeout(400);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(400);
  fs.mkdirSync(path.join(ROOT, "docs"), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, "docs/screenshot.png") });
  console.log("wrote docs/screenshot.png");
  await ctx.close();
}
const noise = { errors: consoleErrors.length, foreign: foreignRequests.length };
if (consoleErrors.length) {
  failed++;
  console.log(`FAIL console errors (${consoleErrors.length}):\n  ${consoleErrors.slice(0, 10).join("\n  ")}`);
} else console.log("ok   no console error");
if (foreignRequests.length) {
  failed++;
  console.log(`FAIL requests outside the origin:\n  ${[...new Set(foreignRequests)].slice(0, 10).join("\n  ")}`);
} else console.log("ok   no request outside the origin");
await browser.close();
server.close();
console.log(`${failed ? "FAILED" : "passed"}: ${failed} failure(s), ${((Date.now() - t0) / 1000).toFixed(1)} s; screenshots in tests/screenshots/`);
void noise;
process.exit(failed ? 1 : 0);
