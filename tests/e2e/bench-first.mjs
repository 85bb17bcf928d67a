// The first screen against a static snapshot of itself (issue 12): how long
// until a role can be read and clicked, with the app's own index.html (the
// pre-rendered first screen, then the WebAssembly), and with the same HTML
// stripped of every script (nothing but HTML and CSS: the floor). Same
// server, same CSS, alternating in one run, a fresh browser context (empty
// cache) each time; on localhost and on a throttled phone profile (Slow 4G:
// 1.6 Mbps down, 750 kbps up, 150 ms round trip; CPU ×4), served gzip as
// static hosts do.
//
// "Readable and clickable" is the first animation frame after a role's link
// (`a[href^="#/role/"]` with a title in it) has a box: it is painted then, and
// a plain link works before any script has run.
//
// Run alone: `SWITCHBACK_DIST=dist node bench-first.mjs`, or through
// bench.mjs (`BENCH_ONLY=first`).

import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DIST, launch, median, serve } from './harness.mjs';

const PROFILES = [
  { name: 'localhost', network: null, cpu: 1 },
  {
    name: 'Slow 4G + CPU ×4',
    network: { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 },
    cpu: 4,
  },
];


/// index.html without its scripts and module preloads: the static snapshot.
export function staticSnapshot(html) {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, '')
    .replace(/<link\b[^>]*rel="preload"[^>]*>/gi, '');
}

async function timeToRole(browser, url, profile) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(() => {
    const seen = () => {
      for (const a of document.querySelectorAll('a[href^="#/role/"]')) {
        const r = a.getBoundingClientRect();
        if (r.width > 0 && r.height > 0 && a.textContent.trim()) return true;
      }
      return false;
    };
    const tick = () => {
      if (seen()) {
        // The frame that paints it.
        requestAnimationFrame(() => (window.__sbRoleAt = performance.now()));
      } else {
        requestAnimationFrame(tick);
      }
    };
    requestAnimationFrame(tick);
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', profile.network);
  }
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__sbRoleAt !== undefined, null, { timeout: 60_000, polling: 50 });
  const at = await page.evaluate(() => window.__sbRoleAt);
  await context.close();
  return at;
}

/// Runs the comparison; returns the rows (and prints them).
export async function firstScreen({ repeat = 5, log = console.log } = {}) {
  const index = await readFile(join(DIST, 'index.html'), 'utf8');
  const dir = await mkdtemp(join(tmpdir(), 'sb-first-'));
  const snapshot = join(dir, 'static.html');
  await writeFile(snapshot, staticSnapshot(index));
  const css = index.match(/href="\.\/(app-[^"]+\.css)"/)?.[1];
  const cssBytes = css ? await readFile(join(DIST, css)) : Buffer.alloc(0);
  const firstScreenBytes = gzipSync(index, { level: 9 }).length + gzipSync(cssBytes, { level: 9 }).length;
  const server = await serve(DIST, '/', { '/static.html': snapshot }, { gzip: true });
  const browser = await launch();
  const rows = [];
  try {
    for (const profile of PROFILES) {
      const app = [];
      const still = [];
      for (let i = 0; i < repeat; i++) {
        log(`  first screen, ${profile.name}: round ${i + 1} of ${repeat}`);
        app.push(await timeToRole(browser, server.url, profile));
        still.push(await timeToRole(browser, `${server.url}static.html`, profile));
      }
      rows.push({ profile: profile.name, app: median(app), still: median(still), appMax: Math.max(...app), stillMax: Math.max(...still) });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  log('');
  log('A role readable and clickable, from navigation (median; max):');
  log('');
  log('| profile | the app (index.html) | static snapshot (no scripts) | ratio | budget (≤ 1.2×) |');
  log('| --- | ---: | ---: | ---: | --- |');
  for (const r of rows) {
    const ratio = r.app / r.still;
    log(`| ${r.profile} | ${r.app.toFixed(0)} ms (${r.appMax.toFixed(0)}) | ${r.still.toFixed(0)} ms (${r.stillMax.toFixed(0)}) | ${ratio.toFixed(2)}× | ${ratio <= 1.2 ? 'met' : '**missed**'} |`);
  }
  log('');
  log(`Bytes for that first screen (index.html + its stylesheet, gzip -9): ${firstScreenBytes} B (budget 50 KB: ${firstScreenBytes <= 50 * 1024 ? 'met' : 'missed'})`);
  return { rows, firstScreenBytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await firstScreen({ repeat: Number(process.env.BENCH_REPEAT ?? 5) });
}
