// The answer in view: measured the way a person meets the page, at a
// 1366×768 and a 1440×900 laptop and a 375×812 touch phone. Where a panel
// opens, how large the graph's words are, how large every touch target is,
// how tall an embed is in a blog column; and screenshots of each main state
// at each size (docs/screens/), taken from the release build.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, DOCS, axeViolations, launch, frameWith, newPage, serve } from './harness.mjs';

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const SCREENS = join(DOCS, 'screens');
let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
  await mkdir(SCREENS, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const SIZES = {
  '1366': { viewport: { width: 1366, height: 768 } },
  '1440': { viewport: { width: 1440, height: 900 } },
  '375': { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true },
};
const sheet = (page) => page.getByRole('complementary', { name: 'Details' });

async function open(page, hash = '') {
  await page.goto(server.url + hash);
  await page.locator('.sb-svg, .sb-outline, .sb-caption, .sb-plan-view').first().waitFor();
}

/// Where the heading of the open panel is, and whether it has focus.
async function headingState(page, selector) {
  return page.evaluate((sel) => {
    const h = document.querySelector(sel);
    const r = h.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: innerHeight, focused: document.activeElement === h, text: h.textContent };
  }, selector);
}

function assertInViewAndFocused(state, what) {
  assert.ok(state.top >= 0 && state.bottom <= state.height, `${what}: heading at ${state.top}–${state.bottom} of ${state.height}`);
  assert.ok(state.focused, `${what}: its heading has focus`);
}

/// The smallest rendered font size, in CSS px, of the words in role boxes.
const smallestLabel = (page) =>
  page.evaluate(() =>
    Math.min(
      ...[...document.querySelectorAll('.sb-node-title, .sb-node-meta')].map(
        (t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a,
      ),
    ),
  );

/// Every visible interactive element's box (and each arrow's touch width).
const targets = (page) =>
  page.evaluate(() => {
    const out = [];
    const selector = 'a[href], button, input:not([type=hidden]), select, textarea, [role=option], summary, [tabindex]:not([tabindex="-1"])';
    for (const el of document.querySelectorAll(selector)) {
      if (el.closest('.sb-edge-link') || el.closest('.sb-sr-only')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const label = (el.getAttribute('aria-label') || el.textContent || el.id || el.tagName).trim().slice(0, 50);
      out.push({ label, width: r.width, height: r.height });
    }
    for (const hit of document.querySelectorAll('.sb-edge-hit')) {
      const width = parseFloat(getComputedStyle(hit).strokeWidth) * hit.getScreenCTM().a;
      out.push({ label: `arrow ${hit.parentElement.getAttribute('href')}`, width, height: width });
    }
    return out;
  });

async function assertTouchTargets(page, state) {
  const small = (await targets(page)).filter((t) => t.width < 43.5 || t.height < 43.5);
  assert.deepEqual(small, [], `${state}: targets under 44×44 px`);
}

/// A screenshot of the state, for docs/screens/ (looked at before release).
const shot = (page, size, state) => page.screenshot({ path: join(SCREENS, `${size}-${state}.png`) });

for (const size of ['1366', '1440', '375']) {
  const phone = size === '375';
  describe(`at ${size} px${phone ? ' (touch)' : ''}`, () => {
    test('a role, a move and a skill open in view, with focus on their heading; closing gives focus back', async () => {
      const page = await newPage(browser, SIZES[size]);
      await open(page);
      assert.ok((await smallestLabel(page)) >= 12, `role labels are ${await smallestLabel(page)} px`);
      await shot(page, size, 'graph');
      if (phone) {
        const frame = await page.locator('.sb-graph-frame').boundingBox();
        assert.ok(frame.y < 812 && frame.y + frame.height <= 812 + 1, `the graph is on the first screen (${frame.y}–${frame.y + frame.height})`);
        await assertTouchTargets(page, 'the graph');
      }
      // A role, by a click (or a tap) on one the first view shows whole.
      const id = await page.evaluate(() => {
        const frame = document.querySelector('.sb-graph-frame').getBoundingClientRect();
        const whole = (r) => r.left >= frame.left && r.top >= frame.top && r.right <= frame.right && r.bottom <= frame.bottom;
        return [...document.querySelectorAll('.sb-node-link')].find((a) => whole(a.querySelector('rect').getBoundingClientRect()))?.id;
      });
      assert.ok(id, 'the first view shows at least one role whole');
      const node = page.locator(`#${id}`);
      if (phone) await node.tap();
      else await node.click();
      const role = sheet(page).getByRole('article');
      await role.waitFor();
      assertInViewAndFocused(await headingState(page, '#sb-panel-title'), 'the role');
      await shot(page, size, 'role');
      if (phone) await assertTouchTargets(page, 'the role sheet');
      assert.deepEqual(await axeViolations(page), []);

      // A move from the role's list, then a skill from the move.
      const moveLink = sheet(page).locator('.sb-moves a').first();
      await moveLink.click();
      await sheet(page).getByRole('heading', { name: 'Suggested steps' }).waitFor();
      assertInViewAndFocused(await headingState(page, '#sb-panel-title'), 'the move');
      const about = sheet(page).getByRole('link', { name: /^About / }).first();
      if (await about.count()) {
        await about.click();
        await sheet(page).getByRole('heading', { name: 'Roles that use it' }).waitFor();
        assertInViewAndFocused(await headingState(page, '#sb-panel-title'), 'the skill');
      }
      // Close: focus goes back to the role on the graph it all began with.
      await sheet(page).getByRole('button', { name: 'Close the panel' }).click();
      await page.waitForFunction((nodeId) => document.activeElement?.id === nodeId, id);
      if (phone) assert.equal(await sheet(page).isVisible(), false, 'the sheet is gone');
      assert.deepEqual(page.errors, []);
    });

    test('a plan: the paths in view, the chosen path drawn, its plan with room', async () => {
      const page = await newPage(browser, SIZES[size]);
      await open(page, '#/?from=ops-engineer');
      if (phone) {
        // The first view shows the person's role whole.
        const [frame, box] = await Promise.all([
          page.locator('.sb-graph-frame').boundingBox(),
          page.locator('#sb-node-ops-engineer rect').boundingBox(),
        ]);
        assert.ok(
          box.x >= frame.x && box.y >= frame.y && box.x + box.width <= frame.x + frame.width && box.y + box.height <= frame.y + frame.height,
          `the start role ${JSON.stringify(box)} is whole in the frame ${JSON.stringify(frame)}`,
        );
      }
      const to = page.getByRole('combobox', { name: 'I want to become…' });
      await to.fill('chief product');
      await page.getByRole('option').first().waitFor();
      await to.press('Enter');
      await sheet(page).getByText(/paths from Operations Engineer to Chief Product Officer/).waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'sb-paths-title');
      assertInViewAndFocused(await headingState(page, '#sb-paths-title'), 'the paths');
      const first = sheet(page).getByRole('button', { name: /^Path 1:/ });
      await first.click();
      const moves = Number((await first.textContent()).match(/(\d+) moves?/)[1]);
      assert.equal(await page.locator('.sb-edge.is-path').count(), moves, 'an arrow for each move of the path');
      // Arrowheads match their lines.
      const heads = await page.$$eval('.sb-edge.is-path', (es) => es.map((e) => e.getAttribute('marker-end')));
      assert.ok(heads.every((h) => h === 'url(#sb-arrow-path)'));
      await shot(page, size, 'paths');
      if (phone) await assertTouchTargets(page, 'the paths');
      assert.deepEqual(await axeViolations(page), []);

      await sheet(page).getByRole('button', { name: 'Open the plan' }).click();
      const plan = page.getByRole('region', { name: /^Your plan: Operations Engineer → Chief Product Officer/ });
      await plan.waitFor();
      assertInViewAndFocused(await headingState(page, '#sb-plan-view-title'), 'the plan');
      await plan.getByRole('figure', { name: /^Timeline: \d+ moves, / }).waitFor();
      assert.equal(await plan.locator('.sb-leg').count(), moves, 'a row of the timeline for each move');
      // The plan gets the width: no narrow column beside empty space.
      const width = (await plan.boundingBox()).width;
      assert.ok(width >= Math.min(SIZES[size].viewport.width - 40, 1100), `the plan is ${width} px wide`);
      await shot(page, size, 'plan');
      if (phone) await assertTouchTargets(page, 'the plan');
      assert.deepEqual(await axeViolations(page), []);

      // "Your skills" in its own sheet, with the count in the bar: from the
      // plan view too, it opens beside the graph.
      await page.getByRole('button', { name: /skills/i }).filter({ hasText: /of 45/ }).click();
      const skills = sheet(page).getByRole('region', { name: /^Your skills/ });
      await skills.waitFor();
      assertInViewAndFocused(await headingState(page, '#sb-skills-title'), 'your skills');
      await shot(page, size, 'skills');
      if (phone) await assertTouchTargets(page, 'your skills');
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(page.errors, []);
    });
  });
}

describe('kept and explained', () => {
  test('a single path is chosen; the chosen path survives a bare address; the address round-trips it', async () => {
    const page = await newPage(browser, SIZES['1440']);
    await open(page, '#/?from=marketing-specialist&to=technical-marketing-manager');
    const only = sheet(page).getByRole('button', { name: /^Path 1:/ });
    await only.waitFor();
    assert.equal(await only.getAttribute('aria-pressed'), 'true', 'the only path is chosen');
    await page.waitForFunction(() => location.hash.includes('alt=1'));

    await open(page, '#/?from=ops-engineer&to=chief-product-officer&rank=time&alt=3');
    await sheet(page).getByRole('button', { name: /^Path 3:/ }).waitFor();
    await page.goto(server.url);
    await page.locator('.sb-svg').waitFor();
    assert.equal(await sheet(page).getByRole('button', { name: /^Path 3:/ }).getAttribute('aria-pressed'), 'true');
    await page.waitForFunction(() => location.hash.includes('alt=3') && location.hash.includes('rank=time'));
    assert.deepEqual(page.errors, []);
  });

  test("the lanes' names are in the frame in the first view, and stay at its top when panned", async () => {
    for (const size of ['1366', '1440', '375']) {
      const page = await newPage(browser, SIZES[size]);
      await open(page);
      const inFrame = () => page.evaluate(() => {
        const f = document.querySelector('#sb-graph-frame').getBoundingClientRect();
        return [...document.querySelectorAll('.sb-lane text')].filter((t) => {
          const r = t.getBoundingClientRect();
          return r.top >= f.top && r.bottom <= f.top + 48 && r.left < f.right && r.right > f.left;
        }).map((t) => t.textContent);
      });
      const first = await inFrame();
      assert.ok(first.includes('Engineering'), `${size}: the first lane's name at the top of the frame (${first})`);
      // Zoomed in and panned with the keyboard, the top of the view well
      // inside the drawing: the names come along.
      const top = async () => Number((await page.locator('.sb-svg').getAttribute('viewBox')).split(' ')[1]);
      const before = await top();
      await page.locator('.sb-node-link[tabindex="0"]').focus();
      for (const key of ['+', '+', 'Shift+ArrowDown']) await page.keyboard.press(key);
      assert.ok((await top()) > Math.max(before, 100), `${size}: the view moved down the drawing (${before} → ${await top()})`);
      assert.ok((await inFrame()).includes('Engineering'), `${size}: after panning`);
      // Panned sideways, step by step: a name is never cut by the frame's
      // edges (it slides along its lane, or goes when its lane does).
      const cut = () => page.evaluate(() => {
        const f = document.querySelector('#sb-graph-frame').getBoundingClientRect();
        return [...document.querySelectorAll('.sb-lane-names text')].filter((t) => {
          const r = t.getBoundingClientRect();
          return r.right > f.left && r.left < f.right && (r.left < f.left - 0.5 || r.right > f.right + 0.5);
        }).map((t) => t.textContent);
      });
      assert.deepEqual(await cut(), [], `${size}: no name cut at the first pan`);
      const shown = new Set();
      for (const key of [...Array(12).fill('Shift+ArrowRight'), 'Shift+ArrowLeft']) {
        await page.keyboard.press(key);
        assert.deepEqual(await cut(), [], `${size}: no name cut after ${key}`);
        for (const name of await inFrame()) shown.add(name);
      }
      assert.ok(shown.size >= 2, `${size}: names came and went while panning (${[...shown]})`);
      assert.deepEqual(page.errors, []);
      await page.close();
    }
  });

  test('no words run together: text beside an element in a flex or grid box keeps its space', async () => {
    // In a flex or grid box, an element and the text after it are separate
    // items, and a space starting (or ending) that text is dropped:
    // "built in(open now)".
    const runTogether = (page) => page.evaluate(() => {
      const out = [];
      for (const el of document.querySelectorAll('body *')) {
        if (!/flex|grid/.test(getComputedStyle(el).display)) continue;
        const kids = [...el.childNodes].filter((k) => k.nodeType === 1 || k.textContent.trim());
        kids.forEach((n, i) => {
          if (n.nodeType !== 3) return;
          if ((/^\s/.test(n.textContent) && kids[i - 1]?.nodeType === 1) || (/\s$/.test(n.textContent) && kids[i + 1]?.nodeType === 1)) {
            out.push(`${el.tagName}.${el.className}: ${el.textContent.trim().slice(0, 60)}`);
          }
        });
      }
      return out;
    });
    const page = await newPage(browser, SIZES['1366']);
    for (const hash of ['#/', '#/role/tpm', '#/move/ops-engineer/tpm', '#/skill/program-management', '#/?view=outline',
      '#/?from=ops-engineer&to=chief-product-officer&alt=1', '#/?from=ops-engineer&to=chief-product-officer&alt=1&view=plan',
      '#/?from=chief-product-officer&to=marketing-specialist']) {
      await open(page, hash);
      await page.locator('.sb-sheet h2, .sb-plan-view h2, .sb-outline').first().waitFor();
      assert.deepEqual(await runTogether(page), [], hash);
    }
    for (const [name, heading] of [['Graphs', 'Graphs'], ['Embed', 'Embed this view']]) {
      await page.getByRole('button', { name, exact: true }).click();
      await page.getByRole('heading', { name: heading, exact: true }).waitFor();
      assert.deepEqual(await runTogether(page), [], name);
    }
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('no path says why and lists the closest roles with their distance', async () => {
    const page = await newPage(browser, SIZES['1366']);
    // A Chief Product Officer has no move out: the reason, and no list.
    await open(page, '#/?from=chief-product-officer&to=marketing-specialist');
    await sheet(page).getByText('There is no path from Chief Product Officer to Marketing Specialist in this graph.').waitFor();
    await sheet(page).getByText(/Marketing Specialist/).nth(1).waitFor();
    // A Product Manager can go places, just not to Build Engineer.
    await open(page, '#/?from=product-manager&to=build-engineer');
    await sheet(page).getByText('There is no path from Product Manager to Build Engineer in this graph.').waitFor();
    await sheet(page).getByText('The closest roles you can reach:').waitFor();
    const closest = sheet(page).getByRole('list').filter({ hasText: /move away|moves away/ });
    assert.ok((await closest.getByRole('listitem').count()) >= 1);
    assert.deepEqual(page.errors, []);
  });

  test('skip links reach the graph, the panel and the plan; focus rings are clear on every role in both themes', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const page = await newPage(browser, { ...SIZES['1366'], colorScheme });
      await open(page, '#/role/tpm?from=ops-engineer&to=product-manager&alt=1');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to the graph');
      await page.keyboard.press('Enter');
      assert.match(await page.evaluate(() => document.activeElement.id), /^sb-node-/);
      // Every role, dimmed or not, shows a focus ring of at least 3:1.
      const ratios = await page.evaluate(() => {
        const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
        const lum = ([r, g, b]) => {
          const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        const ratio = (a, b) => {
          const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p);
          return (x + 0.05) / (y + 0.05);
        };
        const frame = getComputedStyle(document.querySelector('.sb-graph-frame')).backgroundColor;
        return [...document.querySelectorAll('.sb-node-link')].map((link) => {
          link.focus({ focusVisible: true });
          const rect = link.querySelector('rect');
          // The ring as it settles, not halfway through its transition.
          for (const a of rect.getAnimations()) a.finish();
          const group = link.closest('.sb-node');
          return {
            id: link.id,
            ratio: ratio(getComputedStyle(rect).stroke, frame),
            opacity: Number(getComputedStyle(group).opacity),
          };
        });
      });
      const weak = ratios.filter((r) => r.ratio < 3 || r.opacity < 1);
      assert.deepEqual(weak, [], `${colorScheme}: focus rings under 3:1 or dimmed`);
      // To the panel, then to the plan.
      await page.evaluate(() => document.querySelector('.sb-skip-link').focus());
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'sb-panel-title');
      await page.evaluate(() => document.querySelectorAll('.sb-skip-link')[2].focus());
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'sb-plan-view-title');
      assert.deepEqual(page.errors, []);
    }
  });
});

describe('compact, independent embeds', () => {
  test('in a 700 px column an embed is at most 720 px tall, with its own theme before and after a reload', async () => {
    const app = await serve(DIST, '/switchback/');
    const dir = await mkdtemp(join(tmpdir(), 'sb-column-'));
    const html = (await readFile(join(FIXTURES, 'column.html'), 'utf8')).replace('__APP__', app.url);
    await writeFile(join(dir, 'index.html'), html);
    const blog = await serve(dir, '/');
    try {
      const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
      // The reader's own theme, set in the app on the same origin as the
      // embeds, must not reach them (nor be changed by them).
      await page.goto(app.url);
      await page.locator('.sb-svg').waitFor();
      await page.evaluate(() => localStorage.setItem('switchback/prefs/v1', '{"version":1,"theme":"light"}'));
      const prefs = await page.evaluate(() => localStorage.getItem('switchback/prefs/v1'));
      for (const round of ['first visit', 'after a reload']) {
        if (round === 'first visit') await page.goto(blog.url);
        else await page.reload();
        await page.locator('#embed-dark').scrollIntoViewIfNeeded();
        const light = await frameWith(page, 'theme=light');
        const dark = await frameWith(page, 'theme=dark');
        await light.locator('.sb-svg').waitFor();
        await dark.locator('.sb-svg').waitFor();
        const bg = (f) => f.evaluate(() => getComputedStyle(document.querySelector('.switchback')).backgroundColor);
        assert.equal(await bg(light), 'rgb(247, 247, 245)', `${round}: the light embed is light`);
        assert.equal(await bg(dark), 'rgb(19, 21, 24)', `${round}: the dark embed is dark`);
        // Sized by its content, at most ~720 px before any interaction.
        let height = 0;
        for (let i = 0; i < 100; i++) {
          height = (await (await light.frameElement()).boundingBox()).height;
          if (height > 200) break;
          await page.waitForTimeout(50);
        }
        await page.waitForTimeout(300);
        height = (await (await light.frameElement()).boundingBox()).height;
        const width = (await (await light.frameElement()).boundingBox()).width;
        assert.ok(width <= 700 && width >= 600, `the embed is ${width} px wide`);
        assert.ok(height <= 720, `${round}: the embed is ${height} px tall`);
        await light.getByRole('link', { name: /Open in Switchback/ }).waitFor();
        if (round === 'first visit') {
          await (await light.frameElement()).screenshot({ path: join(SCREENS, '700-embed.png') });
          assert.deepEqual(await axeViolations(light), []);
        }
      }
      // The reader's own preferences are untouched.
      // (the app itself writes them back on start, keys in its own order).
      await page.goto(app.url);
      await page.locator('.sb-svg').waitFor();
      const after = await page.evaluate(() => localStorage.getItem('switchback/prefs/v1'));
      assert.deepEqual(JSON.parse(after), JSON.parse(prefs));
      assert.deepEqual(page.errors, []);
    } finally {
      await blog.close();
      await app.close();
    }
  });
});
