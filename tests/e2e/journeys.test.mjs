// End-to-end journeys against the release build, as a person would use it:
// elements are found by their role and visible text, and every journey ends
// with no console errors.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DOCS, axeViolations, launch, newPage, serve } from './harness.mjs';

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

const WIDE = { viewport: { width: 1440, height: 1000 } };

/// Opens the app (optionally at a hash) and waits for the graph.
async function open(page, hash = '') {
  await page.goto(server.url + hash);
  await page.locator('.sb-svg, .sb-outline, .sb-caption, .sb-plan-view').first().waitFor();
}

// The plan bar (where you are, where you want to go, ranking) and the sheet
// beside the graph (a role, a move, a skill, the paths, your skills).
const planner = (page) => page.getByRole('region', { name: 'Plan a move' });
const details = (page) => page.getByRole('complementary', { name: 'Details' });
const rank = (page, value) => page.getByRole('combobox', { name: 'Rank paths by' }).selectOption(value);

/// Types into a combobox and picks the first suggestion with Enter.
async function pick(page, label, text) {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(text);
  await page.getByRole('option').first().waitFor();
  await box.press('Enter');
}

describe('the explorer', () => {
  test('the graph shows roles by track; a role opens its panel; a move opens its panel', async () => {
    // Wide enough for all three columns, for the README's screenshot.
    const page = await newPage(browser, { viewport: { width: 1680, height: 1000 } });
    await open(page);
    // The names of the lanes in the first view (the others are named when
    // panned to: layout.test.mjs).
    for (const lane of ['Engineering', 'Program management', 'Product']) {
      await page.locator('.sb-lane text', { hasText: lane }).waitFor();
    }
    await page.getByRole('link', { name: /^Operations Engineer, Level 2/ }).click();
    const panel = details(page).getByRole('article', { name: 'Operations Engineer' });
    await panel.waitFor();
    assert.match(page.url(), /#\/role\/ops-engineer$/);
    await panel.getByText('Where people go next').waitFor();
    await page.screenshot({ path: join(DOCS, 'screenshot.png') });

    await panel.getByRole('link', { name: 'Technical Program Manager' }).click();
    const move = details(page).getByRole('article', { name: 'Operations Engineer → Technical Program Manager' });
    await move.waitFor();
    await move.getByRole('heading', { name: 'Suggested steps' }).waitFor();
    await page.screenshot({ path: join(DOCS, 'screenshot-move.png') });

    // Back and forward walk through what was opened.
    await page.goBack();
    await panel.waitFor();
    await page.goForward();
    await move.waitFor();
    assert.deepEqual(page.errors, []);
  });

  test('plan ops engineer → CPO, switch ranking, choose a path, tick steps, reload: all kept', async () => {
    const page = await newPage(browser, WIDE);
    await open(page);
    await pick(page, 'I am a…', 'operations');
    await pick(page, 'I want to become…', 'chief product');
    // The paths open beside the graph.
    const status = details(page).getByText(/paths? from Operations Engineer to Chief Product Officer/);
    await status.waitFor();
    assert.match(await status.textContent(), /ranked by fewest moves/);

    await rank(page, 'skills');
    await details(page).getByText(/ranked by fewest new skills/).waitFor();
    const second = details(page).getByRole('button', { name: /^Path 2:/ });
    await second.click();
    assert.equal(await second.getAttribute('aria-pressed'), 'true');
    // The path is highlighted on the graph.
    assert.ok((await page.locator('.sb-edge.is-path').count()) >= 5);
    await page.screenshot({ path: join(DOCS, 'screenshot-plan.png') });
    await details(page).getByRole('button', { name: 'Open the plan' }).click();
    const plan = page.getByRole('region', { name: /Your plan: Operations Engineer → Chief Product Officer/ });
    await plan.waitFor();
    const boxes = plan.getByRole('checkbox');
    assert.ok((await boxes.count()) >= 10, 'a real plan has many steps');
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await plan.getByText(/^2 of \d+ steps done$/).waitFor();
    const before = page.url();

    await page.reload();
    await plan.waitFor();
    assert.equal(page.url(), before);
    assert.equal(await planner(page).getByRole('combobox', { name: 'I am a…' }).inputValue(), 'Operations Engineer');
    assert.equal(await page.getByRole('combobox', { name: 'Rank paths by' }).inputValue(), 'skills');
    assert.ok(await plan.getByRole('checkbox').nth(0).isChecked());
    assert.ok(await plan.getByRole('checkbox').nth(2).isChecked());
    await plan.getByText(/^2 of \d+ steps done$/).waitFor();

    // Without the address, the saved plan comes back from storage, with the
    // chosen path.
    await page.goto(server.url);
    await details(page).getByText(/paths? from Operations Engineer to Chief Product Officer/).waitFor();
    assert.equal(await details(page).getByRole('button', { name: /^Path 2:/ }).getAttribute('aria-pressed'), 'true');
    assert.deepEqual(page.errors, []);
  });

  test('a deep link opens the same view in a fresh browser', async () => {
    const hash = '#/move/tpm/product-manager?from=ops-engineer&to=chief-product-officer&rank=time&alt=3';
    const page = await newPage(browser, WIDE);
    await open(page, hash);
    await details(page).getByRole('article', { name: 'Technical Program Manager → Product Manager' }).waitFor();
    assert.equal(await page.getByRole('combobox', { name: 'Rank paths by' }).inputValue(), 'time');
    assert.equal(new URL(page.url()).hash, hash);
    await planner(page).getByRole('button', { name: /^Paths/ }).click();
    assert.equal(await details(page).getByRole('button', { name: /^Path 3:/ }).getAttribute('aria-pressed'), 'true');
    assert.deepEqual(page.errors, []);
  });

  test('a link to a move the graph lacks names both roles and offers their paths', async () => {
    const page = await newPage(browser, WIDE);
    await open(page, '#/move/build-engineer/chief-product-officer');
    const note = details(page).getByRole('status');
    await note.getByText('There is no direct move from Build Engineer to Chief Product Officer in this graph.').waitFor();
    await note.getByRole('button', { name: 'Find paths between them' }).click();
    await details(page).getByText(/paths? from Build Engineer to Chief Product Officer/).waitFor();
    assert.equal(await planner(page).getByRole('combobox', { name: 'I am a\u2026' }).inputValue(), 'Build Engineer');
    assert.deepEqual(page.errors, []);
  });

  test('keyboard only: search, plan a path and open a move', async () => {
    const page = await newPage(browser, WIDE);
    await open(page);
    // "/" jumps to search; a typo still finds the role.
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'sb-search');
    await page.keyboard.type('prodcut manger');
    await page.getByRole('option', { name: /Product Manager/ }).first().waitFor();
    await page.keyboard.press('Enter');
    await details(page).getByRole('article', { name: 'Product Manager' }).waitFor();

    // Focus is on the role's heading in the panel: Shift+Tab back up to
    // "I am a…" and plan with the keyboard.
    const from = page.getByRole('combobox', { name: 'I am a…' });
    for (let i = 0; i < 60 && !(await from.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Shift+Tab');
    }
    assert.ok(await from.evaluate((el) => el === document.activeElement), 'Tab reaches the picker');
    await page.keyboard.type('software eng');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    // Past the swap button to the target.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('product manager');
    await page.keyboard.press('Enter');
    // The paths open, and focus moves to their heading.
    await details(page).getByText(/paths? from Software Engineer to Product Manager/).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'sb-paths-title');
    // Choose the first path from the keyboard, then open its plan.
    const first = details(page).getByRole('button', { name: /^Path 1:/ });
    await first.focus();
    await page.keyboard.press('Enter');
    assert.equal(await first.getAttribute('aria-pressed'), 'true');
    await details(page).getByRole('button', { name: 'Open the plan' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'sb-plan-view-title');
    // Open its first move: the plan links to each move.
    const moveLink = page.getByRole('link', { name: /^1\. Software Engineer → / });
    await moveLink.focus();
    await page.keyboard.press('Enter');
    await details(page).getByRole('article', { name: /^Software Engineer → / }).waitFor();

    // On the graph, arrow keys move between roles and Enter opens one.
    await page.locator('#sb-node-software-engineer').focus();
    await page.keyboard.press('ArrowUp');
    const focused = await page.evaluate(() => document.activeElement.id);
    assert.notEqual(focused, 'sb-node-software-engineer', 'an arrow moved the focus');
    assert.match(focused, /^sb-node-/);
    await page.keyboard.press('Enter');
    const title = await page.evaluate((id) => document.getElementById(id).getAttribute('aria-label').split(',')[0], focused);
    await details(page).getByRole('article', { name: title }).waitFor();
    assert.deepEqual(page.errors, []);
  });

  test('skills: tick, filter, the current-role shortcut, and the gaps follow', async () => {
    const page = await newPage(browser, WIDE);
    await open(page, '#/role/product-manager');
    const panel = details(page).getByRole('article', { name: 'Product Manager' });
    await panel.getByText('You have 0 of 7.').waitFor();
    // "Your skills" opens in the sheet; ticking one shows in its summary.
    await planner(page).getByRole('button', { name: /Your skills/ }).click();
    const skills = details(page).getByRole('region', { name: /^Your skills/ });
    await page.getByRole('searchbox', { name: 'Filter skills' }).fill('roadmap');
    await skills.getByRole('checkbox', { name: 'Roadmapping' }).check();
    await planner(page).getByRole('button', { name: /Your skills:\s*1 of 45/ }).waitFor();
    // Saying where you are offers its skills as a shortcut (the sheet stays).
    await pick(page, 'I am a…', 'technical product');
    await skills.getByRole('button', { name: 'I have the skills of a Technical Product Manager' }).click();
    await page.getByRole('searchbox', { name: 'Filter skills' }).fill('');
    assert.ok(await skills.getByRole('checkbox', { name: 'Technical proficiency for product work' }).isChecked());
    // And the roles' gaps follow: Product Manager shares only Roadmapping
    // with a Technical Product Manager; the role itself is all had.
    await page.goto(server.url + '#/role/product-manager');
    await details(page).getByRole('article', { name: 'Product Manager' }).getByText('You have 1 of 7.').waitFor();
    await page.goto(server.url + '#/role/technical-product-manager');
    await details(page).getByRole('article', { name: 'Technical Product Manager' }).getByText('You have 4 of 4.').waitFor();
    assert.deepEqual(page.errors, []);
  });

  test('the outline lists tracks, roles and moves, and stays while its links open them beside it', async () => {
    const page = await newPage(browser, WIDE);
    await open(page, '#/?view=outline');
    const canvas = page.getByRole('region', { name: 'Outline of the career graph' });
    await canvas.getByRole('heading', { name: 'Program management' }).waitFor();
    // The role's own entry, not a move to it.
    const entry = canvas.getByRole('listitem').filter({ hasText: /^Security Technical Program Manager · level 4/ });
    await entry.getByRole('link', { name: 'Security Technical Program Manager', exact: true }).click();
    const role = details(page).getByRole('article', { name: 'Security Technical Program Manager', exact: true });
    await role.waitFor();
    await page.screenshot({ path: join(DOCS, 'screenshot-outline.png') });
    assert.ok(await canvas.isVisible(), 'the outline stays');
    // Its entry is marked as the open one, to the eye too.
    const current = entry.locator('a[aria-current="page"]');
    assert.equal(await current.evaluate((a) => getComputedStyle(a).fontWeight), '700');
    // A move from the panel beside it: the outline still stays, and Back
    // returns to the role.
    await role.getByRole('link', { name: 'Principal Technical Program Manager' }).click();
    await details(page).getByRole('article', { name: 'Security Technical Program Manager → Principal Technical Program Manager' }).waitFor();
    assert.ok(await canvas.isVisible(), 'the outline stays after a move');
    assert.match(page.url(), /#\/move\/security-tpm\/[a-z-]+\?view=outline$/);
    await page.goBack();
    await role.waitFor();
    assert.ok(await canvas.isVisible());
    // The outline scrolls inside its frame: its last role can be clicked
    // (the page's footer once lay over it), and the frame ends above the
    // footer.
    const last = canvas.getByRole('listitem').filter({ hasText: /· level/ }).last().getByRole('link').first();
    const name = (await last.textContent()).trim();
    await last.click();
    await details(page).getByRole('article', { name, exact: true }).waitFor();
    const [frame, footer] = await page.evaluate(() => [
      document.querySelector('.sb-outline').getBoundingClientRect().bottom + scrollY,
      document.querySelector('.sb-footer').getBoundingClientRect().top + scrollY,
    ]);
    assert.ok(frame <= footer, `the outline ends at ${frame}, the footer starts at ${footer}`);
    await page.getByRole('button', { name: 'Graph', exact: true }).click();
    await page.locator('.sb-svg').waitFor();
    assert.deepEqual(page.errors, []);
  });

  test('copy link and copy plan use the clipboard', async () => {
    const page = await newPage(browser, { ...WIDE, permissions: ['clipboard-read', 'clipboard-write'] });
    await open(page, '#/?from=ops-engineer&to=tpm&alt=1&view=plan');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied to the clipboard.').waitFor({ state: 'attached' });
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
    await page.getByRole('button', { name: 'Copy plan as Markdown' }).click();
    await page.getByText('Plan copied to the clipboard.').waitFor({ state: 'attached' });
    const md = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(md, /^# Plan: Operations Engineer → Technical Program Manager\n/);
    assert.match(md, /- \[ \] /);
    assert.deepEqual(page.errors, []);
  });

  test('printing gives the plan without the graph chrome', async () => {
    const page = await newPage(browser, WIDE);
    await open(page, '#/?from=ops-engineer&to=product-manager&alt=1&view=plan');
    await page.getByRole('region', { name: /Your plan/ }).waitFor();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.sb-header').isVisible(), false);
    assert.equal(await page.locator('.sb-planbar').isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Print plan' }).isVisible(), false);
    assert.ok(await page.getByRole('heading', { name: /Your plan: Operations Engineer → Product Manager/ }).isVisible());
    assert.ok(await page.getByRole('checkbox').first().isVisible());
    assert.deepEqual(page.errors, []);
  });

  test('a phone-sized screen: panels stack and the plan is usable', async () => {
    const page = await newPage(browser, { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
    await open(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `no sideways scrolling (page is ${width}px wide)`);
    await pick(page, 'I am a…', 'build engineer');
    await pick(page, 'I want to become…', 'release manager');
    // The paths slide over the graph; choose one and open its plan.
    const first = details(page).getByRole('button', { name: /^Path 1:/ });
    if ((await first.getAttribute('aria-pressed')) !== 'true') await first.tap();
    await details(page).getByRole('button', { name: 'Open the plan' }).tap();
    const plan = page.getByRole('region', { name: /Your plan/ });
    await plan.waitFor();
    const box = plan.getByRole('checkbox').first();
    await box.tap();
    assert.ok(await box.isChecked());
    await page.screenshot({ path: join(DOCS, 'screenshot-phone.png'), fullPage: false });
    assert.deepEqual(page.errors, []);
  });

  test('the theme follows the system, can be chosen, and is kept', async () => {
    const page = await newPage(browser, { ...WIDE, colorScheme: 'dark' });
    await open(page);
    const bg = () => page.evaluate(() => getComputedStyle(document.querySelector('.switchback')).backgroundColor);
    assert.equal(await bg(), 'rgb(19, 21, 24)', 'dark system, dark app');
    await page.getByRole('button', { name: 'Theme: system' }).click();
    await page.getByRole('button', { name: 'Theme: light' }).waitFor();
    assert.equal(await bg(), 'rgb(247, 247, 245)');
    await page.reload();
    await page.getByRole('button', { name: 'Theme: light' }).waitFor();
    assert.deepEqual(page.errors, []);
  });

  test('corrupted saved progress is set aside with a notice, and the app works', async () => {
    const page = await newPage(browser, WIDE);
    // Wait for the app to run (it saves on start), then plant a record from
    // "another version".
    await open(page);
    await page.waitForFunction(() => localStorage.getItem('switchback/prefs/v1') !== null);
    await page.evaluate(() => localStorage.setItem('switchback/progress/v1/builtin', '{"version":99}'));
    await page.reload();
    await page.getByRole('alert').filter({ hasText: 'Your saved progress could not be used' }).waitFor();
    await page.getByRole('link', { name: /^Release Manager/ }).click();
    await details(page).getByRole('article', { name: 'Release Manager' }).waitFor();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.ok(keys.some((k) => k.startsWith('switchback/progress/v1/builtin/set-aside/')), keys.join(', '));
    assert.deepEqual(page.errors, []);
  });
});

describe('accessibility (axe-core)', () => {
  const views = [
    ['graph', ''],
    ['role panel', '#/role/tpm'],
    ['move panel', '#/move/tpm/product-manager'],
    ['skill panel', '#/skill/roadmapping'],
    ['paths', '#/?from=ops-engineer&to=chief-product-officer&rank=skills&alt=1'],
    ['plan', '#/?from=ops-engineer&to=chief-product-officer&rank=skills&alt=1&view=plan'],
    ['outline', '#/role/tpm?view=outline'],
  ];
  for (const scheme of ['light', 'dark']) {
    for (const [name, hash] of views) {
      test(`${name}, ${scheme}: no violations`, async () => {
        const page = await newPage(browser, { ...WIDE, colorScheme: scheme });
        await open(page, hash);
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
        assert.deepEqual(page.errors, []);
      });
    }
  }
});
