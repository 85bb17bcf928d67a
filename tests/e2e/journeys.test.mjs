// End-to-end journeys against the release build, as a person would use it:
// elements are found by their role and visible text.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DOCS, launch, newPage, serve } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('first screen', () => {
  test('lists the roles by track, and choosing one shows its details', async () => {
    const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    const nav = page.getByRole('navigation', { name: 'Roles by track' });
    for (const track of ['Engineering', 'Program management', 'Product', 'Marketing', 'People leadership']) {
      await nav.getByRole('heading', { name: track, exact: true }).waitFor();
    }
    await nav.getByRole('link', { name: 'Operations Engineer' }).click();
    const details = page.getByRole('article', { name: 'Operations Engineer' });
    await details.waitFor();
    await details.getByRole('heading', { name: 'Where people go next' }).waitFor();
    assert.ok(await details.getByRole('link', { name: 'Technical Program Manager' }).isVisible());
    assert.match(page.url(), /#\/role\/ops-engineer$/);
    await page.screenshot({ path: join(DOCS, 'screenshot.png') });

    // Following a move opens the next role; Back returns.
    await details.getByRole('link', { name: 'Technical Program Manager' }).click();
    await page.getByRole('article', { name: 'Technical Program Manager' }).waitFor();
    await page.goBack();
    await page.getByRole('article', { name: 'Operations Engineer' }).waitFor();
    assert.deepEqual(page.errors, []);
  });
});
