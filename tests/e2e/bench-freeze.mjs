// The inputs that froze the tab (issue 11), opened as a person opens a
// file ("Open files…" in the Graphs panel), with the browser's Long Tasks
// API watching the main thread: the longest task, how many tasks took over
// 200 ms, and the time from choosing the file until the app answers (the
// problem notice, or the new graph's heading). Issue 11's budget is no
// main-thread task over 200 ms for any input up to the 20 MiB limit.
//
// Run alone: `SWITCHBACK_DIST=dist node bench-freeze.mjs`, or through
// bench.mjs (`BENCH_ONLY=freeze`).

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, serve, launch, newPage } from './harness.mjs';

/// `{"format":"switchback/1","roles":[1,1,…]}`: `n` problems.
function wrongItems(n) {
  return `{"format":"switchback/1","roles":[${new Array(n).fill('1').join(',')}]}`;
}

/// `n` roles and `n` moves to roles that do not exist.
function unknownReferences(n) {
  const roles = [];
  const moves = [];
  for (let i = 0; i < n; i++) {
    roles.push(`{"id":"role-number-${i}","title":"Role number ${i}"}`);
    moves.push(`{"from":"role-number-${i}","to":"missing-role-${i}"}`);
  }
  return `{"format":"switchback/1","roles":[${roles.join(',')}],"transitions":[${moves.join(',')}]}`;
}

/// A valid graph of `n` roles in 8 tracks, 3 moves from each, with a
/// paragraph of summary per role: about 19 MB for 24,000 roles.
function largeValid(n) {
  const words = 'plans delivers reviews leads writes measures builds supports coordinates improves '.repeat(2).trim();
  const tracks = Array.from({ length: 8 }, (_, t) => `{"id":"track-${t}","name":"Track ${t}"}`);
  const roles = [];
  const moves = [];
  for (let i = 0; i < n; i++) {
    roles.push(`{"id":"role-${i}","title":"Role ${i}","track":"track-${i % 8}","level":${1 + (i % 7)},"summary":"Role ${i} ${words} ${words} ${words}"}`);
    for (const k of [1, 7, 31]) moves.push(`{"from":"role-${i}","to":"role-${(i + k) % n}","months":[6,18]}`);
  }
  return `{"format":"switchback/1","title":"A large valid graph","tracks":[${tracks.join(',')}],"roles":[${roles.join(',')}],"transitions":[${moves.join(',')}]}`;
}

export const INPUTS = [
  { name: '100,000 wrong items', file: 'wrong-items.json', make: () => wrongItems(100_000), answer: 'problem' },
  { name: '20,000 unknown references', file: 'unknown-references.json', make: () => unknownReferences(20_000), answer: 'problem' },
  { name: 'a valid graph, 24,000 roles', file: 'large-valid.json', make: () => largeValid(24_000), answer: 'graph' },
];

/// Opens `path` (holding `input`) in a new page of `browser` served from
/// `url`, with "Open files…" as a person would, and watches the main thread
/// with the Long Tasks API until the app answers. Returns the time until
/// the answer, the longest task and how many took over 200 ms.
export async function openAndWatch(browser, url, input, path) {
  const page = await newPage(browser, { viewport: { width: 1366, height: 768 } });
  try {
    await page.addInitScript(() => {
      window.__sbLong = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__sbLong.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url);
    await page.locator('.sb-svg').waitFor();
    await page.getByRole('button', { name: /^Graphs/ }).first().click();
    const start = await page.evaluate(() => performance.now());
    await page.getByLabel('Open files…').setInputFiles(path);
    const refused = page.getByText(/could not be loaded/).first();
    if (input.answer === 'problem') {
      await refused.waitFor({ timeout: 600_000 });
    } else {
      await page.getByRole('heading', { level: 1, name: 'A large valid graph' }).or(refused).waitFor({ timeout: 600_000 });
      if (await refused.count()) throw new Error(`the large valid graph was refused: ${await refused.textContent()}`);
    }
    const end = await page.evaluate(() => performance.now());
    // Let the last tasks be reported.
    await page.waitForTimeout(500);
    const long = (await page.evaluate(() => window.__sbLong)).filter((t) => t.start >= start - 50);
    const longest = long.reduce((m, t) => Math.max(m, t.duration), 0);
    return { answer: end - start, longest, over: long.filter((t) => t.duration > 200).length, errors: page.errors };
  } finally {
    await page.context().close();
  }
}

export async function freeze({ log = console.log } = {}) {
  const server = await serve(DIST, '/');
  const browser = await launch();
  const rows = [];
  // Chosen from disk, as a person chooses them: Playwright hands the browser
  // a path. (Given the bytes instead, Playwright builds the file inside the
  // page, on its main thread: 0.4 s of "long task" for 2 MB, 2.7 s for
  // 18 MB, that are the harness's, not the app's.)
  const dir = await mkdtemp(join(tmpdir(), 'switchback-freeze-'));
  try {
    for (const input of INPUTS) {
      const text = input.make();
      log(`  freeze: ${input.name} (${(text.length / 1e6).toFixed(1)} MB)`);
      const path = join(dir, input.file);
      await writeFile(path, text);
      const seen = await openAndWatch(browser, server.url, input, path);
      rows.push({ name: input.name, mb: text.length / 1e6, ...seen });
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  log('');
  log('Hostile inputs opened as a file (Long Tasks API on the main thread):');
  log('');
  log('| input | size | until the app answers | longest task | tasks over 200 ms | budget (no task over 200 ms) |');
  log('| --- | ---: | ---: | ---: | ---: | --- |');
  for (const r of rows) {
    log(`| ${r.name} | ${r.mb.toFixed(1)} MB | ${r.answer.toFixed(0)} ms | ${r.longest.toFixed(0)} ms | ${r.over} | ${r.longest <= 200 ? 'met' : '**missed**'} |`);
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await freeze();
}
