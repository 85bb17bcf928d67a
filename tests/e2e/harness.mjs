// Shared end-to-end plumbing: a static server for the release build and a
// headless Debian Chromium driven by playwright-core. Nothing is downloaded.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export const DIST = resolve(process.env.SWITCHBACK_DIST ?? new URL('../../dist', import.meta.url).pathname);
export const DOCS = resolve(process.env.SWITCHBACK_DOCS ?? new URL('../../docs', import.meta.url).pathname);
export const CHROMIUM = process.env.SWITCHBACK_CHROMIUM ?? '/usr/bin/chromium';

const TYPES = {
  '.mjs': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.csv': 'text/csv; charset=utf-8',
};

/// Serves `root` under `base` (e.g. "/" or "/tools/careers/") on 127.0.0.1
/// at a free port, plus `extra` files ({ "/path": "/file/on/disk" }).
/// Every answer allows cross-origin reads (a graph published for embeds
/// does). With `slowWasm`, .wasm files trickle out in 32 KB pieces, so a
/// test can watch the loading progress. With `gzip`, text and wasm files go
/// out gzip-compressed to browsers that accept it, as static hosts send them.
/// Returns { url, origin, close }.
export async function serve(root = DIST, base = '/', extra = {}, { slowWasm = false, gzip = false } = {}) {
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (extra[path]) {
      const body = await readFile(extra[path]);
      res.writeHead(200, { 'content-type': TYPES[extname(extra[path])] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
      res.end(body);
      return;
    }
    if (!path.startsWith(base)) {
      res.writeHead(404).end('outside the base path');
      return;
    }
    let file = normalize(join(root, path.slice(base.length)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'access-control-allow-origin': '*',
      };
      // As static hosts do, by type: text and wasm, not images nor files
      // of unknown type (the atlas's checked copy, gzip already).
      const compressible = TYPES[extname(file)] && !file.endsWith('.png');
      if (gzip && /gzip/.test(req.headers['accept-encoding'] ?? '') && compressible) {
        if (!compressed.has(file)) compressed.set(file, gzipSync(body, { level: 6 }));
        body = compressed.get(file);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      if (slowWasm && file.endsWith('.wasm')) {
        for (let i = 0; i < body.length; i += 32768) {
          res.write(body.subarray(i, i + 32768));
          await new Promise((ok) => setTimeout(ok, 40));
        }
        res.end();
      } else {
        res.end(body);
      }
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${base}`,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/// Headless Chromium with the flags this closed network needs.
export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/// A new page that fails the test on any console error or page error,
/// and on any Content-Security-Policy violation (also kept, in full, in
/// `window.__cspViolations`).
export async function newPage(browser, options = {}) {
  const context = await browser.newContext(options);
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      const seen = `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile || 'page'}:${e.lineNumber})`;
      window.__cspViolations.push(seen);
      console.error(`Content-Security-Policy violation: ${seen}`);
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
  });
  page.errors = errors;
  return page;
}

const AXE_SOURCE = await readFile(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/// Runs axe-core in the page (every rule axe enables by default, including
/// best practices) and returns the violations, summarised.
export async function axeViolations(page) {
  // Evaluated, not added as a <script>: the page's policy refuses inline
  // scripts it does not know, as it should.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const found = await window.axe.run(document, { resultTypes: ['violations'] });
    // axe's best-practice `skip-link` rule takes every link to "#…" that comes
    // before the first link to another page, and is scrolled off the top or
    // left, for a skip link whose target must exist. A graph panned to the
    // chosen path has role links (hash routes, "#/role/<id>") off to the
    // left: they are links, not skip links (ours are buttons). Only those are
    // set aside; a real in-page anchor with no target still fails.
    for (const v of found.violations) {
      if (v.id === 'skip-link') {
        v.nodes = v.nodes.filter((n) => !document.querySelector(n.target[0])?.getAttribute('href')?.startsWith('#/'));
      }
    }
    found.violations = found.violations.filter((v) => v.nodes.length > 0);
    return found;
  });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
  }));
}

/// The frame of `page` whose address contains `needle`, once it exists
/// (embed.js puts its frames in closed shadow roots: they are found by their
/// address, not by a selector); throws after about ten seconds.
export async function frameWith(page, needle) {
  for (let i = 0; i < 200; i++) {
    const frame = page.frames().find((f) => f.url().includes(needle));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error(`no frame with ${needle}`);
}

/// The median of a list of numbers (benchmarks).
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
