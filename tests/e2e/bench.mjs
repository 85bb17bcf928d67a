// The browser benchmark: real Chromium, the release build, numbers measured
// in the page. Not a test (nothing here passes or fails on a figure); run it
// with `cargo xtask bench`, which builds the release, writes the generated
// 1,000-role graph and prints a table for docs/performance.md.
//
//   node tests/e2e/bench.mjs <generated-graph.json>
//
// BENCH_REPEAT=n: runs per figure (15). BENCH_ONLY=atlas: only the atlas's
// loading, planning, click and search figures. BENCH_ONLY=inp: only the
// interaction latency by Event Timing (see `measureInp`), narrowed further
// by BENCH_INP=<text> (sessions whose "graph profile" contains it, such as
// "atlas" or "CPU"); BENCH_INP_PROFILE=<role|move|plan|rank|skill|key> takes
// a CPU profile of each such interaction (files in BENCH_INP_PROFILE_DIR,
// /tmp by default; wasm functions named when BENCH_INP_NAMES is the wasm
// with names that `cargo xtask size` writes, target/size/switchback_named.wasm);
// BENCH_INP_RAW=<file> keeps every measurement as JSON. BENCH_ONLY=first:
// only the first screen against its static snapshot (bench-first.mjs);
// BENCH_ONLY=freeze: only the hostile inputs under the Long Tasks API
// (bench-freeze.mjs). Both also run in a full benchmark.
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { firstScreen } from './bench-first.mjs';
import { freeze } from './bench-freeze.mjs';
import { measureInp } from './bench-inp.mjs';
import { DIST, launch, median, serve } from './harness.mjs';

const generated = process.argv[2];
const REPEAT = Number(process.env.BENCH_REPEAT ?? 15);
const ONLY = process.env.BENCH_ONLY;
if (ONLY && !['atlas', 'inp', 'first', 'freeze'].includes(ONLY)) {
  throw new Error(`BENCH_ONLY=${ONLY}: expected "atlas", "inp", "first" or "freeze"`);
}
if (ONLY === 'first' || ONLY === 'freeze') {
  if (ONLY === 'first') await firstScreen({ repeat: Number(process.env.BENCH_REPEAT ?? 5) });
  else await freeze();
  process.exit(0);
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;

/// In the page: run `act`, then resolve with the time until `done()` holds
/// after a DOM change and the next frame has been painted.
const timeUntil = (page, act, done) =>
  page.evaluate(
    ({ act, done }) =>
      new Promise((resolve) => {
        const actFn = new Function(act);
        const doneFn = new Function(`return (${done});`);
        const t0 = performance.now();
        const finish = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        const observer = new MutationObserver(() => {
          if (doneFn()) {
            observer.disconnect();
            finish();
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        actFn();
      }),
    { act, done },
  );

/// Path planning, as seen by a person: set start and target in the address,
/// until the ranked alternatives are painted (includes the search and the
/// render). `query` adds to the address (such as `&alt=5`).
async function planTimes(page, pairs, rank, runs, query = '') {
  const times = [];
  const queries = [];
  for (let i = 0; i < runs; i++) {
    const [from, to] = pairs[i % pairs.length];
    // An address with a plan part but no ends clears the plan.
    await page.evaluate(() => (location.hash = '#/?rank=moves'));
    await page.waitForFunction(() => !document.querySelector('.sb-alt-title') && !document.querySelector('.sb-nopath'));
    times.push(
      await timeUntil(
        page,
        `location.hash = '#/?from=${from}&to=${to}&rank=${rank}${query}'`,
        `!!document.querySelector('.sb-alt-title') || !!document.querySelector('.sb-nopath')`,
      ),
    );
    queries.push(
      await page.evaluate(() => performance.getEntriesByName('sb:plan-end').at(-1).startTime - performance.getEntriesByName('sb:plan-start').at(-1).startTime),
    );
  }
  times.queries = queries;
  return times;
}

/// Click on a role to its panel painted, `runs` times over `ids`, each from
/// nothing open. The click is on the role's node when `drawn` and the graph
/// draws it; otherwise (a large graph shows one neighbourhood) on a plain
/// link to it outside the app, as a link from a search result or another
/// page would be.
async function clickTimes(page, ids, runs, drawn) {
  const clicks = [];
  for (let i = 0; i < runs; i++) {
    const id = ids[i % ids.length];
    await page.evaluate(() => (location.hash = '#/'));
    await page.waitForFunction(() => !document.querySelector('.sb-panel'));
    await page.evaluate(
      ({ id, drawn }) => {
        document.querySelectorAll('.bench-link').forEach((a) => a.remove());
        if (!drawn || !document.querySelector(`.sb-svg a[href="#/role/${id}"]`)) {
          const a = document.createElement('a');
          a.href = `#/role/${id}`;
          a.className = 'bench-link';
          document.body.append(a);
        }
      },
      { id, drawn },
    );
    const target = drawn
      ? `(document.querySelector('.sb-svg a[href="#/role/${id}"]') || document.querySelector('.bench-link'))`
      : `document.querySelector('.bench-link')`;
    clicks.push(
      await timeUntil(
        page,
        `${target}.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));`,
        `!!document.getElementById('sb-panel-title') && location.hash.startsWith('#/role/${id}')`,
      ),
    );
  }
  return clicks;
}

async function measure(browser, server, label, query, roles, pairs) {
  const rows = [];
  // First paint of the graph: from navigation start to the graph drawn.
  const firstPaint = [];
  for (let i = 0; i < Math.min(REPEAT, 8); i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${server.url}${query}#/role/${roles[0]}`);
    await page.waitForFunction(() => performance.getEntriesByName('sb:graph-drawn').length > 0 && document.querySelector('.sb-panel'), null, { timeout: 60000 });
    firstPaint.push(await page.evaluate(() => performance.getEntriesByName('sb:graph-drawn').at(-1).startTime));
    await context.close();
  }
  rows.push([label, 'first paint of the graph (navigation → graph drawn)', fmt(median(firstPaint)), fmt(Math.max(...firstPaint))]);

  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${server.url}${query}#/role/${roles[0]}`);
  await page.waitForSelector('.sb-panel', { timeout: 60000 });

  // Click on a role to its panel painted.
  const clicks = await clickTimes(page, roles.slice(1), REPEAT, true);
  rows.push([label, 'click on a role → panel painted', fmt(median(clicks)), fmt(Math.max(...clicks))]);

  for (const rank of ['moves', 'skills', 'time']) {
    const times = await planTimes(page, pairs, rank, REPEAT);
    rows.push([label, `plan a path, k = 3, ranked by ${rank} → alternatives painted`, fmt(median(times)), fmt(Math.max(...times))]);
  }
  await context.close();
  return rows;
}

/// The O*NET atlas: picked in the Graphs panel as a person would, with the
/// budgets of docs/performance.md in mind (fetch to interactive, path
/// queries with k = 5, click to panel, search keystrokes).
async function measureAtlas(browser, server) {
  const label = 'O*NET atlas (1,016 roles, 18,460 moves)';
  const rows = [];
  const DEV = '15-1252-00';

  // Fetch to interactive: click "All US occupations", until the first focus
  // view (the neighbourhood of the open role) is painted. Marks split it
  // into fetching the checked copy (unpacked as it arrives), reading and
  // indexing it, and drawing.
  const total = [];
  const parts = { fetch: [], check: [], read: [], index: [], draw: [] };
  for (let i = 0; i < Math.min(REPEAT, 10); i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${server.url}#/role/${DEV}`);
    await page.waitForSelector('.sb-svg');
    await page.getByRole('button', { name: 'Graphs', exact: true }).click();
    await page.getByRole('button', { name: 'All US occupations, O*NET 29.3' }).waitFor();
    total.push(
      await timeUntil(
        page,
        `[...document.querySelectorAll('button')].find((b) => b.textContent === 'All US occupations, O*NET 29.3').click();`,
        `document.querySelector('h1')?.textContent.startsWith('All US occupations') && !!document.querySelector('.sb-svg a[href="#/role/${DEV}"]')`,
      ),
    );
    const at = await page.evaluate(() =>
      Object.fromEntries(
        ['sb:fetch-start', 'sb:fetch-end', 'sb:answer-read', 'sb:answer-indexed', 'sb:graph-checked']
          .map((n) => [n, performance.getEntriesByName(n).at(-1)?.startTime ?? NaN])
          .concat([['drawn', performance.getEntriesByName('sb:graph-drawn').at(-1).startTime]]),
      ),
    );
    parts.fetch.push(at['sb:fetch-end'] - at['sb:fetch-start']);
    parts.check.push(at['sb:graph-checked'] - at['sb:fetch-end']);
    parts.read.push(at['sb:answer-read'] - at['sb:fetch-end']);
    parts.index.push(at['sb:answer-indexed'] - at['sb:answer-read']);
    parts.draw.push(at.drawn - at['sb:graph-checked']);
    await context.close();
  }
  rows.push([label, 'fetch to interactive: click → first focus view painted', fmt(median(total)), fmt(Math.max(...total))]);
  const kb = Math.round((await stat(join(DIST, 'onet-29.3.checked'))).size / 1024);
  rows.push([label, `… of which fetch its checked copy (${kb} KB, from localhost; unpacked as it arrives)`, fmt(median(parts.fetch)), fmt(Math.max(...parts.fetch))]);
  rows.push([label, '… of which read and index (checked at build time)', fmt(median(parts.check)), fmt(Math.max(...parts.check))]);
  rows.push([label, '… … read (the compact form)', fmt(median(parts.read)), fmt(Math.max(...parts.read))]);
  rows.push([label, '… … index', fmt(median(parts.index)), fmt(Math.max(...parts.index))]);
  rows.push([label, '… of which mount and draw the focus view (DOM)', fmt(median(parts.draw)), fmt(Math.max(...parts.draw))]);

  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${server.url}#/role/${DEV}`);
  await page.waitForSelector('.sb-svg');
  await page.getByRole('button', { name: 'Graphs', exact: true }).click();
  await page.getByRole('button', { name: 'All US occupations, O*NET 29.3' }).click();
  await page.waitForFunction(() => document.querySelector('h1')?.textContent.startsWith('All US occupations'));

  // Path queries with k = 5 (alt=5 lists five alternatives), each ranking,
  // from the address changing to the alternatives painted.
  const pairs = [
    ['15-1252-00', '11-3021-00'], // software developers → computer and information systems managers
    ['29-1141-00', '11-9111-00'], // registered nurses → medical and health services managers
    ['35-2014-00', '11-9051-00'], // cooks, restaurant → food service managers
    ['43-4051-00', '11-2022-00'], // customer service representatives → sales managers
    ['47-2061-00', '11-9021-00'], // construction laborers → construction managers
    ['41-2031-00', '13-1161-00'], // retail salespersons → market research analysts
  ];
  for (const rank of ['moves', 'skills', 'time', 'closest']) {
    const times = await planTimes(page, pairs, rank, Math.max(REPEAT, pairs.length * 2), '&alt=5');
    rows.push([label, `plan a path, k = 5, ranked by ${rank}: the query (WebAssembly)`, fmt(median(times.queries)), fmt(Math.max(...times.queries))]);
    rows.push([label, `plan a path, k = 5, ranked by ${rank} → alternatives painted`, fmt(median(times)), fmt(Math.max(...times))]);
  }

  // Click on a role to its panel painted (a link to the role, as from a
  // search result or another page; the focus view is redrawn around it).
  const ids = ['15-1252-00', '29-1141-00', '35-2014-00', '43-4051-00', '47-2061-00', '11-3021-00', '13-2011-00', '25-2021-00'];
  const clicks = await clickTimes(page, ids, REPEAT, false);
  rows.push([label, 'click on a role → panel painted', fmt(median(clicks)), fmt(Math.max(...clicks))]);

  // Typing in search, real keystrokes: from each key press to the results
  // in the DOM (a macrotask after the input event, so after Yew's render),
  // and to the next frame painted.
  await page.evaluate(() => {
    window.__keys = { dom: [], painted: [] };
    const box = document.getElementById('sb-search');
    let t0 = 0;
    box.addEventListener('keydown', () => (t0 = performance.now()), true);
    box.addEventListener(
      'input',
      () => {
        const start = t0;
        setTimeout(() => {
          window.__keys.dom.push(performance.now() - start);
          requestAnimationFrame(() => setTimeout(() => window.__keys.painted.push(performance.now() - start), 0));
        }, 0);
      },
      true,
    );
  });
  for (let round = 0; round < 3; round++) {
    await page.locator('#sb-search').fill('');
    await page.locator('#sb-search').focus();
    for (const ch of 'software developers') {
      await page.keyboard.type(ch);
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(100);
  }
  const keys = await page.evaluate(() => window.__keys);
  rows.push([label, `search keystroke → results in the DOM (${keys.dom.length} keys)`, fmt(median(keys.dom)), fmt(Math.max(...keys.dom))]);
  rows.push([label, 'search keystroke → next frame painted', fmt(median(keys.painted)), fmt(Math.max(...keys.painted))]);
  await context.close();
  return rows;
}

const extra = generated ? { '/bench/generated.json': generated } : {};
// Compressed as static hosts send them (GitHub Pages, Netlify, nginx with gzip on).
const server = await serve(undefined, '/', extra, { gzip: true });
const browser = await launch();
try {
  const rows = [];
  if (!ONLY) rows.push(
    ...(await measure(
      browser,
      server,
      'built-in (22 roles)',
      '',
      ['ops-engineer', 'tpm', 'product-manager', 'chief-product-officer', 'security-tpm', 'marketing-specialist', 'release-manager'],
      [['ops-engineer', 'chief-product-officer'], ['marketing-specialist', 'product-manager'], ['software-engineer', 'director-program-management'], ['build-engineer', 'vp-product']],
    )),
  );
  if (generated && !ONLY) {
    const ids = Array.from({ length: 12 }, (_, i) => `role-${i * 83}`);
    rows.push(
      ...(await measure(browser, server, 'generated (1,000 roles, 20,000 moves)', '?graph=/bench/generated.json', ids, [
        ['role-0', 'role-999'],
        ['role-97', 'role-986'],
        ['role-194', 'role-973'],
        ['role-291', 'role-960'],
      ])),
    );
  }
  if (!ONLY || ONLY === 'atlas') rows.push(...(await measureAtlas(browser, server)));
  if (rows.length) {
    console.log('| graph | measure | median | max |');
    console.log('| --- | --- | --- | --- |');
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  }
  if (ONLY !== 'atlas') {
    // Interaction latency by Event Timing: every interaction, both graphs,
    // normal and CPU ×4 (BENCH_INP narrows it to some).
    const inp = await measureInp(browser, server, REPEAT, { filter: process.env.BENCH_INP, cpuProfile: process.env.BENCH_INP_PROFILE });
    console.log('\nInteraction latency by Event Timing (input → next paint, as INP):\n');
    for (const line of inp.table) console.log(line);
    for (const line of inp.firsts) console.log(`- ${line}`);
    if (process.env.BENCH_INP_RAW) await writeFile(process.env.BENCH_INP_RAW, JSON.stringify(inp.raw, null, 1));
  }
} finally {
  await browser.close();
  await server.close();
}
if (!ONLY) {
  console.log('');
  await firstScreen({ repeat: 5 });
  console.log('');
  await freeze();
}
