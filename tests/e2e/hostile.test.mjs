// Hostile input at the edges the domain cannot see: a blog page whose
// embeds include malformed placeholders, and the service worker keeping a
// graph an author has since updated. Against `cargo xtask dist`'s output.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launch, newPage, serve } from './harness.mjs';

let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const WIDE = { viewport: { width: 1280, height: 900 } };

function graph(title) {
  return JSON.stringify({
    format: 'switchback/1',
    title,
    roles: [
      { id: 'writer', title: 'Writer' },
      { id: 'editor', title: 'Editor' },
    ],
    transitions: [{ from: 'writer', to: 'editor', months: [6, 12] }],
  });
}

describe('embed.js on a page with broken placeholders', () => {
  test('each bad placeholder says why in place; the good ones still mount; the page sees no error', async () => {
    const app = await serve(DIST, '/switchback/');
    const dir = await mkdtemp(join(tmpdir(), 'sb-hostile-blog-'));
    await writeFile(
      join(dir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Broken embeds</title></head><body>
<div id="good-1" data-switchback data-role="tpm"></div>
<div id="bad-graph" data-switchback data-graph="javascript:alert(1)"></div>
<div id="bad-url" data-switchback data-graph="http://[broken"></div>
<div id="bad-rank" data-switchback data-rank="&lt;img src=x onerror=alert(1)&gt;"></div>
<div id="good-2" data-switchback data-from="ops-engineer" data-to="product-manager"></div>
<script>window.addEventListener('error', (e) => { document.title = 'ERROR ' + e.message; });</script>
<script src="${app.url}embed.js" async></script>
</body></html>`,
    );
    const blog = await serve(dir, '/');
    try {
      const page = await newPage(browser, WIDE);
      await page.goto(blog.url);
      for (const [id, words] of [
        ['#bad-graph', /could not be shown: data-graph="javascript:alert\(1\)" is not an http\(s\) address/],
        ['#bad-url', /could not be shown: data-graph="http:\/\/\[broken" is not a web address/],
        ['#bad-rank', /could not be shown: data-rank="<img src=x onerror=alert\(1\)>" is not allowed here/],
      ]) {
        const note = page.locator(id).getByRole('note');
        await note.waitFor();
        assert.match(await note.textContent(), words);
      }
      // The message is text: no image was made from the attribute.
      assert.equal(await page.locator('#bad-rank img').count(), 0);
      // Both good placeholders became frames of the app, and they load.
      let frames = [];
      for (let i = 0; i < 100 && frames.length < 2; i++) {
        frames = page.frames().filter((f) => f.url().startsWith(app.url) && f.url().includes('embed=1'));
        if (frames.length < 2) await page.waitForTimeout(50);
      }
      assert.equal(frames.length, 2, 'the two good placeholders mounted');
      const withRole = frames.find((f) => f.url().includes('role=tpm'));
      await withRole.getByRole('article', { name: 'Technical Program Manager' }).waitFor();
      assert.equal(await page.title(), 'Broken embeds', 'no error reached the host page');
      assert.deepEqual(page.errors, []);
    } finally {
      await blog.close();
      await app.close();
    }
  });
});

describe('the service worker and graphs fetched by address', () => {
  test('a changed same-origin ?graph= file is served fresh on the next visit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sb-fresh-graph-'));
    const file = join(dir, 'careers.json');
    await writeFile(file, graph('Version one'));
    const server = await serve(DIST, '/app/', { '/app/careers.json': file });
    try {
      const page = await newPage(browser, WIDE);
      const address = `${server.url}?graph=careers.json`;
      await page.goto(address);
      await page.getByRole('heading', { name: 'Version one', exact: true }).waitFor();
      // The worker takes control; the graph is now fetched through it.
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await page.getByRole('heading', { name: 'Version one', exact: true }).waitFor();

      // The author publishes an update; a returning visitor sees it.
      await writeFile(file, graph('Version two'));
      await page.goto(address);
      await page.getByRole('heading', { name: 'Version two', exact: true }).waitFor();

      // Offline, the last copy still opens.
      await page.context().setOffline(true);
      await page.reload();
      await page.getByRole('heading', { name: 'Version two', exact: true }).waitFor();
      assert.deepEqual(page.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
    } finally {
      await server.close();
    }
  });
});
