// Publishing: the hosted page (at a sub-path, offline after the first visit),
// embeds in someone else's page (on another origin), and the single offline
// file opened from disk. All against `cargo xtask dist`'s output.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, launch, frameWith, newPage, serve } from './harness.mjs';

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const WIDE = { viewport: { width: 1280, height: 900 } };

async function planPath(page, from, to) {
  for (const [label, text] of [['I am a…', from], ['I want to become…', to]]) {
    const box = page.getByRole('combobox', { name: label });
    await box.fill(text);
    await page.getByRole('option').first().waitFor();
    await box.press('Enter');
  }
  // One path is chosen for the person; with several, choose the first.
  const first = page.getByRole('button', { name: /^Path 1:/ });
  if ((await first.getAttribute('aria-pressed')) !== 'true') await first.click();
  await page.getByRole('button', { name: 'Open the plan' }).click();
  await page.getByRole('region', { name: /Your plan/ }).waitFor();
}

describe('hosted at a sub-path', () => {
  test('loads with visible progress, plans, and keeps working offline', async () => {
    const server = await serve(DIST, '/tools/careers/', {}, { slowWasm: true });
    try {
      const page = await newPage(browser, WIDE);
      await page.goto(server.url);
      // The loading screen reports real bytes while the WebAssembly arrives.
      await page.waitForFunction(() => {
        const bar = document.getElementById('sb-boot-progress');
        return bar && bar.value > 0 && bar.value < bar.max;
      });
      assert.match(await page.locator('#sb-boot-text').textContent(), /Loading the career explorer… \d+ KB of \d+ KB/);
      await page.locator('#app').getByRole('link', { name: /^Technical Program Manager/ }).first().waitFor();
      await page.locator('#sb-boot').waitFor({ state: 'detached' });
      assert.equal(await page.locator('#sb-prerender').count(), 0, 'the pre-rendered first screen goes once the app is drawn');
      await planPath(page, 'operations', 'product manager');

      // Installable: a manifest with icons, and a service worker in control.
      const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
      assert.equal(manifest.start_url, './');
      assert.ok(manifest.icons.some((i) => i.sizes === '512x512') && manifest.icons.some((i) => i.sizes === '192x192'));
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

      // Offline: the app and the plan are still there after a reload.
      await page.context().setOffline(true);
      await page.reload();
      await page.getByRole('region', { name: /Your plan: Operations Engineer → Product Manager/ }).waitFor();
      await page.getByRole('button', { name: 'Back to the graph' }).first().click();
      await page.getByRole('link', { name: /^Release Manager/ }).first().click();
      await page.getByRole('article', { name: 'Release Manager' }).waitFor();
      assert.deepEqual(page.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
    } finally {
      await server.close();
    }
  });

  test('the first screen is readable, and its links work, before the WebAssembly arrives', async () => {
    const server = await serve(DIST, '/');
    try {
      const page = await newPage(browser, WIDE);
      // Hold the WebAssembly back until released.
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route(/\.wasm$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(server.url);
      const early = page.locator('#sb-prerender');
      const link = early.getByRole('link', { name: /^Build Engineer/ }).first();
      await link.waitFor();
      assert.equal(await page.locator('#app').evaluate((root) => root.childElementCount), 0, 'the app has not started');
      // Readable: every visible role title at 12 px or more.
      const sizes = await early.locator('.sb-node-title').evaluateAll((titles) => titles
        .filter((t) => t.getBoundingClientRect().width > 0)
        .map((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a));
      assert.ok(sizes.length >= 5 && Math.min(...sizes) >= 12, `role titles at ${sizes.map((s) => s.toFixed(1)).join(', ')} px`);
      // A plain link: the address says which role, and the app opens it.
      assert.equal(await link.getAttribute('href'), '#/role/build-engineer');
      await link.click();
      assert.equal(await page.evaluate(() => location.hash), '#/role/build-engineer');
      release();
      await page.locator('#app').getByRole('article', { name: 'Build Engineer' }).waitFor();
      await early.waitFor({ state: 'detached' });
      assert.deepEqual(page.errors, []);
    } finally {
      await server.close();
    }
  });

  test('a new version is picked up on the next visit (no stale cache)', async () => {
    // Serve a copy of dist/, visit it, then publish a "new version" in place.
    const dir = await mkdtemp(join(tmpdir(), 'sb-site-'));
    for (const f of await readdir(DIST)) await copyFile(join(DIST, f), join(dir, f));
    const server = await serve(dir, '/');
    try {
      const page = await newPage(browser, WIDE);
      await page.goto(server.url);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const oldCache = await page.evaluate(async () => (await caches.keys()).find((k) => k.startsWith('switchback-')));
      assert.equal(await page.title(), 'Switchback: career paths');

      const index = (await readFile(join(dir, 'index.html'), 'utf8')).replace('<title>Switchback: career paths</title>', '<title>Switchback, version two</title>');
      await writeFile(join(dir, 'index.html'), index);
      const sw = (await readFile(join(dir, 'sw.js'), 'utf8')).replace(/const CACHE = 'switchback-[0-9a-f]+';/, "const CACHE = 'switchback-v2';");
      await writeFile(join(dir, 'sw.js'), sw);

      // The page itself comes from the network first: the new version shows
      // at once; the new worker replaces the old cache.
      await page.reload();
      assert.equal(await page.title(), 'Switchback, version two');
      await page.waitForFunction(async (old) => {
        const keys = await caches.keys();
        return keys.includes('switchback-v2') && !keys.includes(old);
      }, oldCache);
      await page.getByRole('link', { name: /^Technical Program Manager/ }).first().waitFor();
    } finally {
      await server.close();
    }
  });

  test('a failed download says so, with a way to retry', async () => {
    const server = await serve(DIST, '/');
    try {
      const page = await newPage(browser, WIDE);
      await page.route('**/*.wasm', (route) => route.abort('failed'));
      await page.goto(server.url);
      const alert = page.getByRole('alert').filter({ hasText: 'Switchback could not start' });
      await alert.waitFor();
      assert.ok(await alert.getByRole('button', { name: 'Reload' }).isVisible());
    } finally {
      await server.close();
    }
  });

  test('a browser without WebAssembly is told so', async () => {
    const server = await serve(DIST, '/');
    try {
      const page = await newPage(browser, WIDE);
      await page.addInitScript(() => {
        delete globalThis.WebAssembly;
      });
      await page.goto(server.url);
      await page.getByText('This browser cannot run WebAssembly').waitFor();
    } finally {
      await server.close();
    }
  });

  test('the Embed button shows the snippets for the current view', async () => {
    const server = await serve(DIST, '/tools/careers/');
    try {
      const page = await newPage(browser, { ...WIDE, permissions: ['clipboard-read', 'clipboard-write'] });
      await page.goto(server.url + '#/role/tpm?from=ops-engineer&to=product-manager');
      await page.getByRole('button', { name: 'Embed' }).click();
      const loader = await page.getByRole('textbox', { name: 'With the one-line loader' }).inputValue();
      assert.equal(
        loader,
        `<div data-switchback data-role="tpm" data-from="ops-engineer" data-to="product-manager"></div>\n<script src="${server.url}embed.js" async></script>`,
      );
      await page.getByRole('button', { name: 'Copy loader snippet' }).click();
      await page.getByText('Snippet copied to the clipboard.').waitFor({ state: 'attached' });
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), loader);
      assert.equal(await page.getByRole('link', { name: 'Download for offline use' }).getAttribute('href'), 'switchback.html');
    } finally {
      await server.close();
    }
  });
});

describe('embedded in a blog post on another origin', () => {
  test('two embeds, one inline graph and one by URL, render, resize and stay apart', async () => {
    const app = await serve(DIST, '/switchback/');
    const dir = await mkdtemp(join(tmpdir(), 'sb-blog-'));
    const html = (await readFile(join(FIXTURES, 'blog.html'), 'utf8')).replace('__APP__', app.url);
    await writeFile(join(dir, 'index.html'), html);
    await copyFile(join(FIXTURES, 'small-graph.json'), join(dir, 'small-graph.json'));
    const blog = await serve(dir, '/');
    try {
      const page = await newPage(browser, { viewport: { width: 900, height: 900 } });
      await page.goto(blog.url);
      // Both placeholders became frames of the app, each with its own id.
      await page.locator('#embed-url').scrollIntoViewIfNeeded();
      const inline = await frameWith(page, 'inline=1');
      const byUrl = await frameWith(page, 'graph=');
      assert.ok(inline.url().startsWith(app.url) && byUrl.url().startsWith(app.url));

      // The inline graph came by message; the other by URL (cross-origin).
      await inline.getByRole('heading', { name: 'My inline graph' }).waitFor();
      await byUrl.getByRole('heading', { name: "Support to product (a reader's graph)" }).waitFor();
      await byUrl.getByRole('article', { name: 'Support Lead' }).waitFor();
      assert.equal(await byUrl.evaluate(() => document.querySelector('.switchback').dataset.theme), 'dark');
      await inline.getByText(/path from Support Engineer to Product Manager/).waitFor();

      // The host's CSS cannot shrink or hide the frames; they size to content.
      const box = async (frame) => (await frame.frameElement()).boundingBox();
      const before = await box(inline);
      assert.ok(before.height > 300 && before.width > 500, `inline frame is ${before.width}×${before.height}`);
      // Its only path is chosen already; its plan opens in the embed.
      assert.equal(await inline.getByRole('button', { name: /^Path 1:/ }).getAttribute('aria-pressed'), 'true');
      await inline.getByRole('button', { name: 'Open the plan' }).click();
      await inline.getByRole('region', { name: /Your plan/ }).waitFor();
      // The frame follows its content: as tall as the plan it now shows.
      const content = () => inline.evaluate(() => Math.ceil(document.querySelector('.switchback').getBoundingClientRect().height));
      let [grown, wanted] = [before, await content()];
      for (let i = 0; i < 100 && Math.abs(grown.height - wanted) > 2; i++) {
        await page.waitForTimeout(50);
        [grown, wanted] = [await box(inline), await content()];
      }
      assert.ok(Math.abs(grown.height - wanted) <= 2, `the frame is ${grown.height} px for ${wanted} px of plan (was ${before.height})`);
      const visible = await (await inline.frameElement()).evaluate((f) => getComputedStyle(f).visibility);
      assert.equal(visible, 'visible');

      // Independent: the other embed and the host page are unchanged.
      assert.equal(await byUrl.evaluate(() => location.hash), '#/role/support-lead');
      assert.equal(await byUrl.getByRole('region', { name: /Your plan/ }).count(), 0);
      assert.equal(await page.locator('#post-title').textContent(), 'Changing careers: two maps');
      assert.deepEqual(
        await page.evaluate(() => [...document.body.children].map((e) => e.tagName)),
        ['H1', 'P', 'DIV', 'P', 'DIV', 'P', 'SCRIPT'],
        'the host page gained no elements',
      );
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('#intro')).fontFamily), '"Comic Sans MS", cursive');
      assert.deepEqual(page.errors, []);
    } finally {
      await blog.close();
      await app.close();
    }
  });
});

describe('the offline file', () => {
  test('opens from file:// with no network, plans a path and loads a graph file', async () => {
    const page = await newPage(browser, WIDE);
    // No network at all: anything not from the file itself is refused.
    await page.context().route(/^(?!file:|data:|blob:)/, (route) => route.abort('internetdisconnected'));
    await page.goto(pathToFileURL(join(DIST, 'switchback.html')).href);
    assert.equal(await page.evaluate(() => location.protocol), 'file:');
    // The app itself, not the pre-rendered first screen, is drawn.
    await page.locator('#app').getByRole('link', { name: /^Technical Program Manager/ }).first().waitFor();
    await page.locator('#sb-boot').waitFor({ state: 'detached' });
    assert.equal(await page.locator('#sb-prerender').count(), 0);
    await planPath(page, 'build engineer', 'release manager');
    await page.getByRole('checkbox').first().check();

    // Progress is kept in this file's storage.
    await page.reload();
    await page.getByRole('region', { name: /Your plan: Build Engineer → Release Manager/ }).waitFor();
    assert.ok(await page.getByRole('region', { name: /Your plan/ }).getByRole('checkbox').first().isChecked());
    assert.equal(await page.getByRole('link', { name: 'Download for offline use' }).count(), 0, 'no download link in the download');

    // A graph file from disk, through the file picker in the Graphs panel.
    await page.getByRole('button', { name: 'Back to the graph' }).first().click();
    await page.getByRole('button', { name: 'Graphs', exact: true }).click();
    await page.getByRole('button', { name: 'Open files…' }).setInputFiles(join(FIXTURES, 'small-graph.json'));
    await page.getByRole('heading', { level: 1, name: "Support to product (a reader's graph)" }).waitFor();
    await planPath(page, 'support engineer', 'product manager');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no Content-Security-Policy violation');
    assert.deepEqual(page.errors, []);
  });

  test('carries the WebAssembly compressed, as text', async () => {
    const html = await readFile(join(DIST, 'switchback.html'), 'utf8');
    const text = html.match(/<script type="application\/octet-stream" id="sb-wasm">([^<]*)<\/script>/)[1];
    const wasm = (await readdir(DIST)).find((f) => /^switchback-.*_bg\.wasm$/.test(f));
    const raw = (await readFile(join(DIST, wasm))).length;
    assert.ok(text.length < raw * 0.6, `the WebAssembly is ${raw} B, its text in the file ${text.length} B`);
    assert.match(text, /^[0-9A-Za-z!#$%()*+,.:;=?@[\]^_{|}~]+$/, 'base85 digits only: nothing HTML would read');
  });

  test('a browser that cannot unpack the file is told so', async () => {
    const page = await newPage(browser, WIDE);
    await page.addInitScript(() => {
      delete globalThis.DecompressionStream;
    });
    await page.goto(pathToFileURL(join(DIST, 'switchback.html')).href);
    const alert = page.getByRole('alert').filter({ hasText: 'Switchback could not start (this browser cannot unpack it' });
    await alert.waitFor();
    assert.match(await alert.textContent(), /A current Firefox, Chrome, Edge or Safari can open this file\./);
    assert.equal(await page.locator('#app').evaluate((root) => root.childElementCount), 0);
  });

  test('a damaged file says so instead of showing a blank page', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sb-offline-'));
    const html = await readFile(join(DIST, 'switchback.html'), 'utf8');
    // Change one digit in the middle of the WebAssembly's text (the data
    // block is not part of the policy's hashes, so scripts still run).
    const at = html.indexOf('id="sb-wasm">') + 20000;
    const damaged = html.slice(0, at) + (html[at] === '0' ? '1' : '0') + html.slice(at + 1);
    await writeFile(join(dir, 'switchback.html'), damaged);
    const page = await newPage(browser, WIDE);
    await page.goto(pathToFileURL(join(dir, 'switchback.html')).href);
    const alert = page.getByRole('alert').filter({ hasText: 'Switchback could not start (this copy of the file is damaged' });
    await alert.waitFor();
    assert.match(await alert.textContent(), /Download it again\./);
    assert.equal(await page.locator('#app').evaluate((root) => root.childElementCount), 0);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  });
});
