// End-to-end: bringing your own graph (file picker, drag and drop, URL,
// pasted text, CSV files), every kind of bad input leaving the current graph
// and the person's progress as they were, switching between graphs, reload,
// and the O*NET atlas.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, axeViolations, launch, newPage, serve } from './harness.mjs';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const BUILTIN_TITLE = 'Tech careers: engineering, programs, product and marketing';
const TEMPLATE_TITLE = 'My career framework';
const WIDE = { viewport: { width: 1440, height: 1000 } };

let app; // the app, hosted
let other; // another origin: graphs for embeds and links, some of them broken
let browser;
let tmp; // files on disk to choose
let template; // the text of dist/template.json
let atlas; // the bytes of dist/onet-29.3.json

/// Sends `body` in 256 KB pieces, 50 ms apart, saying its length first.
async function trickle(res, body) {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length, 'access-control-allow-origin': '*' });
  for (let i = 0; i < body.length; i += 262144) {
    if (!res.write(body.subarray(i, i + 262144))) await new Promise((ok) => res.once('drain', ok));
    await new Promise((ok) => setTimeout(ok, 50));
  }
  res.end();
}

/// A second origin serving graphs: one allowed to be read by other sites,
/// one without CORS headers, a 404, and one that never answers.
async function otherOrigin() {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const json = { 'content-type': 'application/json' };
    if (path === '/good.json') res.writeHead(200, { ...json, 'access-control-allow-origin': '*' }).end(template);
    else if (path === '/no-cors.json') res.writeHead(200, json).end(template);
    else if (path === '/hangs.json') res.writeHead(200, { ...json, 'access-control-allow-origin': '*' }); // headers, then nothing
    else if (path === '/slow-atlas.json') trickle(res, atlas);
    else res.writeHead(404, { 'access-control-allow-origin': '*' }).end('not found');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => {
      server.closeAllConnections();
      return new Promise((ok) => server.close(ok));
    },
  };
}

before(async () => {
  template = await readFile(join(DIST, 'template.json'), 'utf8');
  atlas = await readFile(join(DIST, 'onet-29.3.json'));
  app = await serve();
  other = await otherOrigin();
  browser = await launch();
  tmp = await mkdtemp(join(tmpdir(), 'switchback-e2e-'));
  await writeFile(join(tmp, 'template.json'), template);
  await writeFile(join(tmp, 'empty.json'), '');
  await writeFile(join(tmp, 'notes.json'), 'These are my notes, not a graph.');
  await writeFile(join(tmp, 'photo.json'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x81]));
  await writeFile(join(tmp, 'huge.json'), Buffer.alloc(50 * 1024 * 1024, 0x20));
});

after(async () => {
  await browser?.close();
  await other?.close();
  await app?.close();
});

/// Opens the app and waits for it to be ready.
async function open(page, suffix = '') {
  await page.goto(app.url + suffix);
  await page.locator('.sb-svg, .sb-outline, .sb-caption').first().waitFor();
}

const title = (page) => page.getByRole('heading', { level: 1 });
const planner = (page) => page.getByRole('region', { name: 'Plan a move' });
const sheet = (page) => page.getByRole('complementary', { name: 'Details' });

/// Shows "Your skills" in the sheet (from the plan bar) and returns it.
async function skills(page) {
  const region = sheet(page).getByRole('region', { name: /^Your skills/ });
  if (!(await region.isVisible())) await planner(page).getByRole('button', { name: /Your skills/ }).click();
  await region.waitFor();
  return region;
}

/// Shows the paths in the sheet (from the plan bar) and returns the sheet.
async function paths(page) {
  const list = sheet(page).getByRole('list', { name: 'Alternative paths, best first' });
  if (!(await list.isVisible())) await planner(page).getByRole('button', { name: /^Paths/ }).click();
  return sheet(page);
}
const graphs = (page) => page.getByRole('region', { name: 'Graphs' });

async function openGraphs(page) {
  if (!(await graphs(page).isVisible())) await page.getByRole('button', { name: 'Graphs', exact: true }).click();
  await graphs(page).waitFor();
}

/// Types into a combobox and picks the first suggestion with Enter.
async function pick(page, label, text) {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(text);
  await page.getByRole('option').first().waitFor();
  await box.press('Enter');
}

/// Ticks a skill in "Your skills" (found through the filter).
async function tick(page, skill) {
  const region = await skills(page);
  await region.getByRole('searchbox', { name: 'Filter skills' }).fill(skill);
  await region.getByRole('checkbox', { name: skill, exact: true }).check();
}

async function isTicked(page, skill) {
  const region = await skills(page);
  await region.getByRole('searchbox', { name: 'Filter skills' }).fill(skill);
  return region.getByRole('checkbox', { name: skill, exact: true }).isChecked();
}

/// The built-in graph with some progress: a skill ticked and a plan chosen.
async function withProgress(page, suffix = '') {
  await open(page, suffix);
  await tick(page, 'Roadmapping');
  await pick(page, 'I am a…', 'operations');
  await pick(page, 'I want to become…', 'chief product');
  await (await paths(page)).getByText(/paths? from Operations Engineer to Chief Product Officer/).waitFor();
}

/// The built-in graph and the progress made by `withProgress` are intact.
async function assertNothingLost(page) {
  assert.equal(await title(page).textContent(), BUILTIN_TITLE);
  assert.ok(await isTicked(page, 'Roadmapping'), 'the ticked skill is still ticked');
  await (await paths(page)).getByText(/paths? from Operations Engineer to Chief Product Officer/).waitFor();
}

/// The page's errors, less the browser's own reports of the failed requests
/// a test provoked on purpose.
const unexpected = (page) => page.errors.filter((e) => !/Failed to load resource|blocked by CORS policy|net::ERR_/.test(e));

/// Waits for the problem notice matching `pattern` and returns its text.
async function problem(page, pattern) {
  const alert = page.getByRole('alert').filter({ hasText: pattern });
  await alert.first().waitFor();
  return alert.first().textContent();
}

describe('your own graph', () => {
  test('by file picker: loaded, kept over a reload, progress kept per graph when switching', async () => {
    const page = await newPage(browser, WIDE);
    await withProgress(page);
    await openGraphs(page);
    await graphs(page).getByLabel('Open files…').setInputFiles(join(tmp, 'template.json'));
    await title(page).filter({ hasText: TEMPLATE_TITLE }).waitFor();
    await page.getByRole('link', { name: /^Support Engineer, Level 2/ }).waitFor();
    await tick(page, 'Programming');

    await page.reload();
    await title(page).filter({ hasText: TEMPLATE_TITLE }).waitFor();
    assert.ok(await isTicked(page, 'Programming'), 'the file graph and its progress survive a reload');

    await openGraphs(page);
    await graphs(page).getByText(/from the file template\.json, \d{4}-\d\d-\d\d/).waitFor();
    await graphs(page).getByRole('button', { name: 'Tech careers, built in' }).click();
    await title(page).filter({ hasText: BUILTIN_TITLE }).waitFor();
    await assertNothingLost(page);

    await openGraphs(page);
    await graphs(page).getByRole('button', { name: TEMPLATE_TITLE, exact: true }).click();
    await title(page).filter({ hasText: TEMPLATE_TITLE }).waitFor();
    assert.ok(await isTicked(page, 'Programming'), 'each graph keeps its own progress');
    assert.ok(!(await isTicked(page, 'Roadmapping')), 'what was ticked in another graph is not ticked here');

    // Forgetting it goes back to the built-in graph, whose progress is intact.
    await openGraphs(page);
    await graphs(page).getByRole('button', { name: `Forget ${TEMPLATE_TITLE}` }).click();
    await title(page).filter({ hasText: BUILTIN_TITLE }).waitFor();
    await assertNothingLost(page);
    await openGraphs(page);
    assert.equal(await graphs(page).getByRole('button', { name: TEMPLATE_TITLE, exact: true }).count(), 0);
    assert.deepEqual(unexpected(page), []);
  });

  test("switching graphs, the address becomes the new graph's own; back again, the plan returns from what was kept", async () => {
    const page = await newPage(browser, WIDE);
    await withProgress(page);
    await page.waitForFunction(() => location.hash.includes('from=ops-engineer'));
    await openGraphs(page);
    await graphs(page).getByLabel('Open files…').setInputFiles(join(tmp, 'template.json'));
    await title(page).filter({ hasText: TEMPLATE_TITLE }).waitFor();
    // The built-in graph's roles are not carried into the other graph's
    // address (nor into a link copied from it), and its plan bar is empty.
    await page.waitForFunction(() => !location.hash.includes('from='));
    assert.doesNotMatch(await page.evaluate(() => location.hash), /ops-engineer|chief-product-officer/);
    assert.equal(await planner(page).getByRole('combobox', { name: 'I am a…' }).inputValue(), '');
    await openGraphs(page);
    await graphs(page).getByRole('button', { name: 'Tech careers, built in' }).click();
    await title(page).filter({ hasText: BUILTIN_TITLE }).waitFor();
    await assertNothingLost(page);
    await page.waitForFunction(() => location.hash.includes('from=ops-engineer') && location.hash.includes('to=chief-product-officer'));
    assert.deepEqual(unexpected(page), []);
  });

  test('by drag and drop onto the page', async () => {
    const page = await newPage(browser, WIDE);
    await withProgress(page);
    const files = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'careers.json', { type: 'application/json' }));
      return dt;
    }, template);
    await page.dispatchEvent('.switchback', 'dragenter', { dataTransfer: files });
    await page.dispatchEvent('.switchback', 'dragover', { dataTransfer: files });
    await page.locator('.switchback.sb-dragging').waitFor();
    await page.dispatchEvent('.switchback', 'drop', { dataTransfer: files });
    await title(page).filter({ hasText: TEMPLATE_TITLE }).waitFor();
    assert.equal(await page.locator('.sb-dragging').count(), 0, 'the drop overlay is gone');
    await openGraphs(page);
    await graphs(page).getByText(/from the file careers\.json/).waitFor();
    assert.deepEqual(unexpected(page), []);
  });

  test('by URL: in the page address, and typed in the Graphs panel', async () => {
    const page = await newPage(browser, WIDE);
    await open(page, `?graph=${encodeURIComponent(`${other.url}good.json`)}`);
    await title(page).filter({ hasText: TEMPLATE_TITLE }).waitFor();

    const typed = await newPage(browser, WIDE);
    await open(typed);
    await openGraphs(typed);
    await graphs(typed).getByRole('textbox', { name: 'From a URL' }).fill(`${other.url}good.json`);
    await graphs(typed).getByRole('textbox', { name: 'From a URL' }).press('Enter');
    await title(typed).filter({ hasText: TEMPLATE_TITLE }).waitFor();
    // Remembered, and fetched again from its address when picked.
    await openGraphs(typed);
    await graphs(typed).getByText(`from the address ${other.url}good.json`).waitFor();
    // The address now names it, and a reload through that address opens
    // it as the person's own graph (already kept: nothing to keep).
    assert.ok(new URL(typed.url()).searchParams.get('graph') === `${other.url}good.json`, typed.url());
    await typed.reload();
    await title(typed).filter({ hasText: TEMPLATE_TITLE }).waitFor();
    assert.equal(await typed.getByRole('button', { name: 'Keep this graph' }).count(), 0);
    assert.deepEqual(unexpected(page), []);
    assert.deepEqual(unexpected(typed), []);
  });

  test('a large graph shows how much has been read', async () => {
    const page = await newPage(browser, WIDE);
    await open(page);
    await openGraphs(page);
    const field = graphs(page).getByRole('textbox', { name: 'From a URL' });
    await field.fill(`${other.url}slow-atlas.json`);
    await field.press('Enter');
    const bar = page.getByRole('progressbar', { name: 'Reading the graph' });
    await bar.waitFor();
    // The total is the atlas's size, whatever the importer makes of the data.
    await page.getByText(new RegExp(`Reading the address .*slow-atlas\\.json… \\d+ of ${Math.round(atlas.length / 1024)} KB`)).waitFor();
    const value = Number(await bar.getAttribute('value'));
    assert.ok(value > 0 && value < atlas.length, `part of the file was read (${value} bytes)`);
    await title(page).filter({ hasText: 'All US occupations, O*NET 29.3' }).waitFor({ timeout: 60000 });
    assert.equal(await bar.count(), 0, 'the progress goes away');
    assert.deepEqual(unexpected(page), []);
  });

  test('by pasting JSON, and three CSV files from a spreadsheet', async () => {
    const page = await newPage(browser, WIDE);
    await open(page);
    await openGraphs(page);
    await graphs(page).getByRole('textbox', { name: 'Paste a graph (JSON)' }).fill(template);
    await graphs(page).getByRole('button', { name: 'Load pasted graph' }).click();
    await title(page).filter({ hasText: TEMPLATE_TITLE }).waitFor();

    await openGraphs(page);
    const csv = ['roles.csv', 'skills.csv', 'transitions.csv'].map((f) => join(FIXTURES, 'csv', f));
    await graphs(page).getByLabel('Open files…').setInputFiles(csv);
    await title(page).filter({ hasText: 'Spreadsheet graph (roles.csv, skills.csv, transitions.csv)' }).waitFor();
    await page.getByRole('link', { name: /^Product Manager, Level 4/ }).click();
    await page.getByRole('article', { name: 'Product Manager' }).getByText('Decides what to build, and why.').waitFor();

    // Both are remembered, and a reload reopens the last one with the list intact.
    await page.reload();
    await title(page).filter({ hasText: 'Spreadsheet graph' }).waitFor();
    await openGraphs(page);
    await graphs(page).getByRole('button', { name: TEMPLATE_TITLE, exact: true }).waitFor();
    await graphs(page).getByText(/from pasted text, \d{4}-\d\d-\d\d/).waitFor();
    await graphs(page).getByRole('button', { name: /^Spreadsheet graph .* \(open now\)$/ }).waitFor();

    // A spreadsheet with mistakes: every problem at its file, row and column.
    const bad = ['bad/roles.csv', 'skills.csv', 'bad/transitions.csv'].map((f) => join(FIXTURES, 'csv', f));
    await openGraphs(page);
    await graphs(page).getByLabel('Open files…').setInputFiles(bad);
    const text = await problem(page, /could not be loaded/);
    assert.match(text, /it has 4 errors, 1 warning\./);
    assert.match(text, /roles\.csv, row 2, column C \(level\): should be a whole number from 1 to 7, but it is "two"/);
    assert.match(text, /transitions\.csv, row 2, column B \(to\): there is no role with the id "product-manger"\. Did you mean "product-manager"\?/);
    assert.match(await title(page).textContent(), /Spreadsheet graph/, 'the spreadsheet graph is still open');
    assert.deepEqual(unexpected(page), []);
  });
});

describe('bad input never costs anything', () => {
  const files = [
    ['an invalid graph', () => join(FIXTURES, 'invalid', 'unknown-references.json'),
      /could not be loaded: it has 5 errors, 0 warnings[^]*transitions\[0\]\.to: there is no role with the id "product-manger"\. Did you mean "product-manager"\?/],
    ['an empty file', () => join(tmp, 'empty.json'), /could not be loaded[^]*The file is empty/],
    ['text that is not JSON', () => join(tmp, 'notes.json'), /could not be loaded[^]*line 1, column 1/],
    ['a file that is not text', () => join(tmp, 'photo.json'), /photo\.json is not a text file/],
    ['a 50 MB file', () => join(tmp, 'huge.json'), /huge\.json is 50 MB, more than the 20 MB Switchback reads/],
  ];
  for (const [what, file, message] of files) {
    test(`a file: ${what}`, async () => {
      const page = await newPage(browser, WIDE);
      await withProgress(page);
      await openGraphs(page);
      await graphs(page).getByLabel('Open files…').setInputFiles(file());
      const text = await problem(page, message);
      assert.match(text, /Nothing was replaced/);
      await assertNothingLost(page);
      assert.deepEqual(unexpected(page), []);
    });
  }

  const urls = [
    ['a dead URL (404)', () => `${other.url}missing.json`, '', /the server answered 404/],
    ['a server that refuses other sites (CORS)', () => `${other.url}no-cors.json`, '', /failed before any answer[^]*\(CORS\)/],
    ['a server that is not there', () => 'http://127.0.0.1:9/graph.json', '', /failed before any answer/],
    ['a timeout', () => `${other.url}hangs.json`, '?timeout=1000', /no answer came within 1 second/],
    ['an address that is not http(s)', () => 'javascript:alert(1)', '', /javascript:alert\(1\).* was not fetched: a javascript: address runs code/],
  ];
  for (const [what, url, query, message] of urls) {
    test(`a URL: ${what}`, async () => {
      const page = await newPage(browser, WIDE);
      await withProgress(page, query);
      await openGraphs(page);
      const field = graphs(page).getByRole('textbox', { name: 'From a URL' });
      await field.fill(url());
      await field.press('Enter');
      await problem(page, message);
      await assertNothingLost(page);
      assert.deepEqual(unexpected(page), []);
    });
  }

  test('a file being checked can be cancelled; the next one is checked by a new worker', async () => {
    // Hold the graph checker's WebAssembly, so the check is surely under way
    // when Cancel is pressed (no service worker: it would serve its own copy).
    const page = await newPage(browser, { ...WIDE, serviceWorkers: 'block' });
    await withProgress(page);
    let release;
    const held = new Promise((ok) => { release = ok; });
    await page.context().route('**/graph-checker_bg.wasm', async (route) => {
      await held;
      // The cancelled worker's request is gone by then.
      await route.continue().catch(() => {});
    });
    await openGraphs(page);
    await graphs(page).getByLabel('Open files…').setInputFiles(join(tmp, 'template.json'));
    const checking = page.getByRole('status').filter({ hasText: 'Reading and checking the file template.json…' });
    await checking.waitFor();
    await checking.getByRole('button', { name: 'Cancel' }).click();
    const text = await problem(page, /The file template\.json could not be loaded: it was stopped before it was checked/);
    assert.match(text, /Nothing was replaced/);
    await checking.waitFor({ state: 'detached' });
    await assertNothingLost(page);
    release();
    await page.context().unroute('**/graph-checker_bg.wasm');
    await openGraphs(page);
    await graphs(page).getByLabel('Open files…').setInputFiles(join(tmp, 'template.json'));
    await title(page).filter({ hasText: TEMPLATE_TITLE }).waitFor();
    assert.deepEqual(unexpected(page), []);
  });

  test('a dead graph= address at start shows the built-in graph and says why', async () => {
    const page = await newPage(browser, WIDE);
    await open(page, `?graph=${encodeURIComponent(`${other.url}missing.json`)}`);
    await problem(page, /Could not load the address .*missing\.json: the server answered 404[^]*built-in graph is shown instead/);
    assert.equal(await title(page).textContent(), BUILTIN_TITLE);
    assert.deepEqual(unexpected(page), []);
  });

  test('pasting nothing, or a broken graph, says so and keeps everything', async () => {
    const page = await newPage(browser, WIDE);
    await withProgress(page);
    await openGraphs(page);
    await graphs(page).getByRole('button', { name: 'Load pasted graph' }).click();
    await problem(page, /The paste box is empty/);
    await graphs(page).getByRole('textbox', { name: 'Paste a graph (JSON)' }).fill('{"format": "switchback/1", "roles": [');
    await graphs(page).getByRole('button', { name: 'Load pasted graph' }).click();
    await problem(page, /Pasted text could not be loaded[^]*line 1/);
    await assertNothingLost(page);
    assert.deepEqual(unexpected(page), []);
  });

  test('a graph kept in the browser that was damaged is reported, not fatal', async () => {
    const page = await newPage(browser, WIDE);
    await open(page);
    await openGraphs(page);
    await graphs(page).getByLabel('Open files…').setInputFiles(join(tmp, 'template.json'));
    await title(page).filter({ hasText: TEMPLATE_TITLE }).waitFor();
    await page.evaluate(() => localStorage.setItem('switchback/graph/v1/file:template.json', '{"format": "switch'));
    await page.reload();
    await page.locator('.sb-svg, .sb-outline, .sb-caption').first().waitFor();
    await problem(page, /The file template\.json could not be loaded[^]*line 1/);
    assert.equal(await title(page).textContent(), BUILTIN_TITLE);
    assert.deepEqual(unexpected(page), []);
  });

  test('the graphs panel passes axe-core', async () => {
    const page = await newPage(browser, WIDE);
    await open(page);
    await openGraphs(page);
    await graphs(page).getByLabel('Open files…').setInputFiles(join(FIXTURES, 'invalid', 'unknown-references.json'));
    await problem(page, /could not be loaded/);
    assert.deepEqual(await axeViolations(page), []);
  });
});

describe('the O*NET atlas', () => {
  test('pick it, search, plan to a manager role, open a move and see its generated steps', async () => {
    const page = await newPage(browser, WIDE);
    await open(page);
    await openGraphs(page);
    await graphs(page).getByRole('button', { name: 'All US occupations, O*NET 29.3' }).click();
    await title(page).filter({ hasText: 'All US occupations, O*NET 29.3' }).waitFor();
    const about = page.getByRole('region', { name: /About “All US occupations/ });
    await about.getByText(/CC BY 4\.0[^]*Modified by Switchback/).waitFor();
    await about.getByText('1016 roles, 35 skills, 18460 moves; from the O*NET 29.3 atlas shipped with Switchback.').waitFor();

    const search = page.getByRole('combobox', { name: /Search roles and skills/ });
    await search.fill('software developers');
    await page.getByRole('option', { name: /^Software Developers/ }).first().waitFor();
    await search.press('Enter');
    await page.getByRole('article', { name: 'Software Developers' }).waitFor();

    await pick(page, 'I am a…', 'software developers');
    await pick(page, 'I want to become…', 'computer and information systems managers');
    await sheet(page).getByText(/paths? from Software Developers to Computer and Information Systems Managers/).waitFor();
    for (const [value, ranking] of [['skills', 'Fewest new skills'], ['time', 'Shortest time'], ['closest', 'Closest first']]) {
      await page.getByRole('combobox', { name: 'Rank paths by' }).selectOption(value);
      await sheet(page).getByText(new RegExp(`ranked by ${ranking.toLowerCase()}`)).waitFor();
    }
    // Closest first goes through Computer Systems Analysts.
    const first = sheet(page).getByRole('button', { name: /^Path 1:/ });
    if ((await first.getAttribute('aria-pressed')) !== 'true') await first.click();
    // The path view draws every move of the path, the atlas included.
    const moves = Number((await first.textContent()).match(/(\d+) moves?/)[1]);
    await page.waitForFunction((n) => document.querySelectorAll('.sb-edge.is-path').length === n, moves);
    await sheet(page).getByRole('button', { name: 'Open the plan' }).click();
    const plan = page.getByRole('region', { name: /Your plan: Software Developers → Computer and Information Systems Managers/ });
    await plan.getByText(/Raise Management of Financial Resources from level 2\.0 to 3\.4/).first().waitFor();
    const move = plan.getByRole('link', { name: /Computer Systems Analysts → Computer and Information Systems Managers/ });
    await move.click();
    const panel = page.getByRole('article', { name: 'Computer Systems Analysts → Computer and Information Systems Managers' });
    await panel.getByRole('heading', { name: 'Suggested steps' }).waitFor();
    await panel.getByText('Raise Management of Financial Resources from level 2.0 to 3.4').waitFor();
    await panel.getByText(/Supplemental|Primary/).first().waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
  });
});

describe('your progress, backed up', () => {
  test('export, clear the browser, import: the same graph, list, plan and ticks come back', async () => {
    const page = await newPage(browser, WIDE);
    // Some progress on a graph of one's own, then on the built-in one.
    await open(page);
    await openGraphs(page);
    await graphs(page).getByLabel('Open files…').setInputFiles(join(tmp, 'template.json'));
    await title(page).filter({ hasText: TEMPLATE_TITLE }).waitFor();
    await tick(page, 'Programming');
    await openGraphs(page);
    await graphs(page).getByRole('button', { name: 'Tech careers, built in' }).click();
    await title(page).filter({ hasText: BUILTIN_TITLE }).waitFor();
    await tick(page, 'Roadmapping');
    await pick(page, 'I am a…', 'operations');
    await pick(page, 'I want to become…', 'chief product');
    await (await paths(page)).getByText(/paths? from Operations Engineer to Chief Product Officer/).waitFor();
    const view = new URL(page.url()).hash;

    // Export, with the keyboard.
    await openGraphs(page);
    const saved = page.waitForEvent('download');
    await graphs(page).getByRole('button', { name: 'Export my progress' }).focus();
    await page.keyboard.press('Enter');
    const download = await saved;
    assert.match(download.suggestedFilename(), /^switchback-progress-\d{4}-\d\d-\d\d\.json$/);
    const file = join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    const records = JSON.parse(await readFile(file, 'utf8')).records;
    assert.ok(records['switchback/progress/v1/builtin'] && records['switchback/progress/v1/file:template.json'], Object.keys(records).join(', '));

    // The browser's data is cleared: a fresh start.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await title(page).filter({ hasText: BUILTIN_TITLE }).waitFor();
    assert.equal(await isTicked(page, 'Roadmapping'), false, 'nothing is left');

    // Import: what it will do is said first, and checked by axe.
    await openGraphs(page);
    await graphs(page).getByLabel('Import progress…').setInputFiles(file);
    const ask = graphs(page).getByRole('group', { name: `Import ${download.suggestedFilename()}?` });
    await ask.waitFor();
    const said = await ask.textContent();
    assert.match(said, /adds .*your list of graphs \(1 graph\); your progress on My career framework/);
    assert.match(said, /your progress on the built-in graph/, 'replaced, or added, as the fresh start saved it or not');
    assert.match(said, /Nothing else is changed or removed\./);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    await ask.getByRole('button', { name: 'Replace and reload' }).click();

    // The page starts again from the imported records, at the same view.
    await page.waitForURL((url) => url.hash === view);
    await title(page).filter({ hasText: BUILTIN_TITLE }).waitFor();
    await assertNothingLost(page);
    await openGraphs(page);
    await graphs(page).getByRole('button', { name: TEMPLATE_TITLE, exact: true }).click();
    await title(page).filter({ hasText: TEMPLATE_TITLE }).waitFor();
    assert.ok(await isTicked(page, 'Programming'), 'the other graph and its progress are back');
    assert.deepEqual(unexpected(page), []);
  });

  test('a damaged progress file imports nothing and says why', async () => {
    const page = await newPage(browser, WIDE);
    await withProgress(page);
    const bad = join(tmp, 'bad-progress.json');
    await writeFile(
      bad,
      JSON.stringify({
        format: 'switchback-progress/1',
        records: { 'switchback/progress/v1/builtin': '{"version":1,"have":[1]}', 'switchback/evil/v1': 'x' },
      }),
    );
    await openGraphs(page);
    await graphs(page).getByLabel('Import progress…').setInputFiles(bad);
    const message = await problem(page, /The file bad-progress\.json could not be imported: it has 2 problems\. Nothing was changed\./);
    assert.match(message, /"switchback\/evil\/v1" is not one Switchback keeps for you/);
    assert.equal(await graphs(page).getByRole('group').count(), 0, 'nothing waits to be imported');
    await assertNothingLost(page);
    assert.deepEqual(unexpected(page), []);
  });
});
