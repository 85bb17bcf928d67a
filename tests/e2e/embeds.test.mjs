// Embeds on the app's own origin (issue 11): a blog page served by the same
// site as the app, with embeds of every kind (a plan, a theme, a graph by
// address, a graph inline), shares the reader's storage, and must neither
// read nor change what the reader keeps there: their plan, progress, theme,
// current graph and list of graphs. Against `cargo xtask dist`'s output.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DIST, frameWith, launch, newPage, serve } from './harness.mjs';

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const BUILTIN_TITLE = 'Tech careers: engineering, programs, product and marketing';
const TEMPLATE_TITLE = 'My career framework';
const LIGHT = 'rgb(247, 247, 245)';
const DARK = 'rgb(19, 21, 24)';
// A skill of the Technical Program Manager that the person does not tick.
const tpmSkill = 'Program management';

let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const planner = (page) => page.getByRole('region', { name: 'Plan a move' });
const sheet = (page) => page.getByRole('complementary', { name: 'Details' });
const graphs = (page) => page.getByRole('region', { name: 'Graphs' });
const background = (where) => where.evaluate(() => getComputedStyle(document.querySelector('.switchback')).backgroundColor);

/// Types into a combobox and picks the first suggestion with Enter.
async function pick(page, label, text) {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(text);
  await page.getByRole('option').first().waitFor();
  await box.press('Enter');
}

async function openGraphs(page) {
  if (!(await graphs(page).isVisible())) await page.getByRole('button', { name: 'Graphs', exact: true }).click();
  await graphs(page).waitFor();
}

/// Shows "Your skills" (from the plan bar) and returns it, filtered to `skill`.
async function skill(page, name) {
  const region = sheet(page).getByRole('region', { name: /^Your skills/ });
  if (!(await region.isVisible())) await planner(page).getByRole('button', { name: /Your skills/ }).click();
  await region.getByRole('searchbox', { name: 'Filter skills' }).fill(name);
  return region.getByRole('checkbox', { name, exact: true });
}

/// Shows the paths (from the plan bar) and returns the sheet.
async function paths(page) {
  const list = sheet(page).getByRole('list', { name: 'Alternative paths, best first' });
  if (!(await list.isVisible())) await planner(page).getByRole('button', { name: /^Paths/ }).click();
  await list.waitFor();
  return sheet(page);
}

/// Everything this origin keeps in the browser, as one JSON text: every
/// localStorage and sessionStorage record (by key, sorted) and the names of
/// its IndexedDB databases.
const dump = (page) =>
  page.evaluate(async () => {
    const all = (storage) =>
      Object.fromEntries(
        Object.keys(storage)
          .sort()
          .map((k) => [k, storage.getItem(k)]),
      );
    const databases = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name).sort() : [];
    return JSON.stringify({ local: all(localStorage), session: all(sessionStorage), databases });
  });

/// The dump once the page has stopped writing (the app saves in effects
/// after it starts): the same text twice, 400 ms apart.
async function settledDump(page) {
  let last = await dump(page);
  for (let i = 0; i < 25; i++) {
    await page.waitForTimeout(400);
    const now = await dump(page);
    if (now === last) return now;
    last = now;
  }
  throw new Error('storage never stopped changing');
}

/// A dump, parsed, with long records (a kept graph's text) shortened, so
/// that a difference reads well.
function brief(text) {
  const { local, ...rest } = JSON.parse(text);
  const short = Object.fromEntries(
    Object.entries(local).map(([k, v]) => [k, v.length > 300 ? `${v.slice(0, 60)}… (${v.length} characters)` : v]),
  );
  return { local: short, ...rest };
}

/// Splits a dump into the person's records and the embeds' own.
function split(text, embedPrefix) {
  const { local, session, databases } = JSON.parse(text);
  const person = {};
  const embeds = {};
  for (const [k, v] of Object.entries(local)) (k.startsWith(embedPrefix) ? embeds : person)[k] = v;
  return { person: JSON.stringify({ local: person, session, databases }), embeds };
}

describe('embeds on the same origin as the app', () => {
  test('a blog page with plan, theme, data-graph and inline-JSON embeds leaves the person\'s saved state byte-identical', async () => {
    // The app at the site's root; the post and its graph file beside it.
    const server = await serve(DIST, '/', {
      '/blog/post.html': join(FIXTURES, 'same-origin-blog.html'),
      '/blog/small-graph.json': join(FIXTURES, 'small-graph.json'),
    });
    const post = `${server.url}blog/post.html`;
    // Everything an embed on this post may keep: under its own keys.
    const embedPrefix = `switchback/embed/v1/${server.origin}/blog/post.html#`;
    try {
      const page = await newPage(browser, { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });

      // ---- The person's own Switchback, rich: two graphs, progress in
      // each, a plan with a chosen path, and a theme of their own (light, on
      // a dark system; the theme embed is dark).
      await page.goto(server.url);
      await page.locator('.sb-svg').waitFor();
      // The app's service worker, in control of the origin's pages from here.
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.getByRole('button', { name: 'Theme: system' }).click();
      await page.getByRole('button', { name: 'Theme: light' }).waitFor();
      await openGraphs(page);
      await graphs(page).getByLabel('Open files…').setInputFiles(join(DIST, 'template.json'));
      await page.getByRole('heading', { level: 1, name: TEMPLATE_TITLE }).waitFor();
      await (await skill(page, 'Programming')).check();
      await openGraphs(page);
      await graphs(page).getByRole('button', { name: 'Tech careers, built in' }).click();
      await page.getByRole('heading', { level: 1, name: BUILTIN_TITLE }).waitFor();
      await (await skill(page, 'Roadmapping')).check();
      await pick(page, 'I am a…', 'operations');
      await pick(page, 'I want to become…', 'chief product');
      const personPath = (await paths(page)).getByRole('button', { name: /^Path 2:/ });
      await personPath.click();
      assert.equal(await personPath.getAttribute('aria-pressed'), 'true');
      // Back at the plain address: what a returning visitor sees.
      await page.goto(server.url);
      await sheet(page).getByText(/paths? from Operations Engineer to Chief Product Officer/).waitFor();
      const before = await settledDump(page);
      const saved = JSON.parse(before).local;
      // The state is as rich as it should be, or this test proves little.
      for (const key of [
        'switchback/prefs/v1',
        'switchback/graphs/v1',
        'switchback/current/v1',
        'switchback/progress/v1/builtin',
      ]) {
        assert.ok(key in saved, `the person's ${key} is saved (have: ${Object.keys(saved).join(', ')})`);
      }
      assert.equal(saved['switchback/current/v1'], 'builtin');
      assert.ok(Object.keys(saved).some((k) => k.startsWith('switchback/graph/v1/')), 'the loaded graph is kept');
      assert.equal(Object.keys(saved).filter((k) => k.startsWith('switchback/progress/v1/')).length, 2, 'progress in two graphs');
      assert.equal(Object.keys(saved).filter((k) => k.startsWith('switchback/embed/')).length, 0);

      // ---- The blog post, on the same origin, in the same tab.
      const mounted = async () => {
        for (const id of ['#embed-plan', '#embed-theme', '#embed-graph', '#embed-inline']) {
          await page.locator(id).scrollIntoViewIfNeeded();
        }
        const frames = {
          plan: await frameWith(page, 'to=product-manager'),
          theme: await frameWith(page, 'theme=dark'),
          graph: await frameWith(page, 'graph='),
          inline: await frameWith(page, 'inline=1'),
        };
        for (const f of Object.values(frames)) assert.ok(f.url().startsWith(server.url), `${f.url()} is on the app's origin`);
        // Each has drawn what its placeholder asked for.
        await frames.plan.getByText(/paths? from Operations Engineer to Product Manager/).waitFor();
        await frames.theme.getByRole('article', { name: 'Technical Program Manager' }).waitFor();
        await frames.graph.getByRole('heading', { name: "Support to product (a reader's graph)" }).waitFor();
        await frames.graph.getByRole('article', { name: 'Support Lead' }).waitFor();
        await frames.inline.getByRole('heading', { name: "A blogger's inline graph" }).waitFor();
        await frames.inline.getByText(/path from Staff Writer to Managing Editor/).waitFor();
        return frames;
      };
      const was = split(before, embedPrefix);
      /// The person's records, byte for byte as they were; returns the
      /// embeds' own records.
      const assertPersonUnchanged = async (when) => {
        const now = split(await settledDump(page), embedPrefix);
        assert.deepEqual(brief(now.person), brief(was.person), `the person's saved state is unchanged ${when}`);
        assert.equal(now.person, was.person, `the person's saved state is byte-identical ${when}`);
        return now.embeds;
      };
      await page.goto(post);
      let frames = await mounted();
      await assertPersonUnchanged('once the embeds are shown');
      // Nor did they read it: the person's light theme reached none of them
      // (the theme embed is dark by its attribute, the others follow the
      // dark system).
      for (const [name, f] of Object.entries(frames)) assert.equal(await background(f), DARK, `the ${name} embed is dark`);

      // A little of everything in each embed: its own plan, its own skills.
      await frames.plan.getByRole('button', { name: /^Path 2:/ }).click();
      assert.equal(await frames.plan.getByRole('button', { name: /^Path 2:/ }).getAttribute('aria-pressed'), 'true');
      await frames.plan.getByRole('button', { name: 'Open the plan' }).click();
      const planEmbedPlan = () => frames.plan.getByRole('region', { name: /Your plan: Operations Engineer → Product Manager/ });
      await planEmbedPlan().getByRole('checkbox').first().check();
      const planStep = await planEmbedPlan().getByRole('checkbox').first().evaluate((box) => box.labels[0].textContent);

      const tpm = frames.theme.getByRole('article', { name: 'Technical Program Manager' });
      await tpm.getByRole('checkbox', { name: tpmSkill, exact: true }).check();
      await tpm.getByRole('button', { name: 'I want this' }).click();
      await frames.theme.getByRole('button', { name: /^Theme/ }).click(); // not saved anywhere

      const lead = frames.graph.getByRole('article', { name: 'Support Lead' });
      await lead.getByRole('checkbox', { name: 'Customer empathy' }).check();
      await lead.getByRole('button', { name: 'I am this' }).click();

      await frames.inline.getByRole('button', { name: 'Open the plan' }).click();
      const inlinePlan = () => frames.inline.getByRole('region', { name: /Your plan: Staff Writer → Managing Editor/ });
      await inlinePlan().getByRole('checkbox').first().check();

      // Reloaded, each embed has its own progress back: it was kept, apart.
      await page.reload();
      frames = await mounted();
      // (The post's data-from and data-to win over the embed's saved plan,
      // as an address does in the app: its path is chosen again.)
      await frames.plan.getByRole('button', { name: /^Path 2:/ }).click();
      await frames.plan.getByRole('button', { name: 'Open the plan' }).click();
      assert.ok(await planEmbedPlan().getByRole('checkbox', { name: planStep, exact: true }).isChecked(), `the plan embed kept "${planStep}"`);
      await frames.inline.getByRole('button', { name: 'Open the plan' }).click();
      assert.ok(await inlinePlan().getByRole('checkbox').first().isChecked(), 'the inline embed kept its ticked step');
      assert.ok(
        await frames.theme.getByRole('article', { name: 'Technical Program Manager' }).getByRole('checkbox', { name: tpmSkill, exact: true }).isChecked(),
        `the theme embed kept ${tpmSkill}`,
      );
      assert.ok(await frames.graph.getByRole('article', { name: 'Support Lead' }).getByRole('checkbox', { name: 'Customer empathy' }).isChecked());

      // ---- Storage: the person's records are byte-identical; the embeds
      // only added records of their own, under this post's keys.
      const embeds = await assertPersonUnchanged('after using the embeds and reloading the post');
      const embedKeys = Object.keys(embeds).map((k) => k.slice(embedPrefix.length)).sort();
      assert.equal(embedKeys.length, 4, `one record per embed: ${embedKeys.join(', ')}`);
      assert.equal(embedKeys[0], '1/progress/builtin');
      assert.equal(embedKeys[1], '2/progress/builtin');
      assert.equal(embedKeys[2], `3/progress/url:${server.url}blog/small-graph.json`);
      assert.match(embedKeys[3], /^4\/progress\/inline:/);

      // ---- The person's own Switchback, reopened: theirs, unchanged.
      await page.goto(server.url);
      await page.getByRole('heading', { level: 1, name: BUILTIN_TITLE }).waitFor();
      await sheet(page).getByText(/paths? from Operations Engineer to Chief Product Officer/).waitFor();
      await assertPersonUnchanged('after reopening the app');
      assert.equal(await planner(page).getByRole('combobox', { name: 'I am a…' }).inputValue(), 'Operations Engineer');
      assert.equal(await planner(page).getByRole('combobox', { name: 'I want to become…' }).inputValue(), 'Chief Product Officer');
      assert.equal(await (await paths(page)).getByRole('button', { name: /^Path 2:/ }).getAttribute('aria-pressed'), 'true');
      await page.getByRole('button', { name: 'Theme: light' }).waitFor();
      assert.equal(await background(page), LIGHT, "the person's light theme, not the embed's dark");
      assert.ok(await (await skill(page, 'Roadmapping')).isChecked());
      assert.ok(!(await (await skill(page, tpmSkill)).isChecked()), `${tpmSkill}, ticked in an embed, is not ticked here`);
      await openGraphs(page);
      const list = await graphs(page).getByRole('button').allTextContents();
      assert.ok(list.some((t) => t.includes(TEMPLATE_TITLE)), `the person's own graph is listed: ${list.join(' | ')}`);
      assert.ok(!list.some((t) => /reader's graph|inline graph/.test(t)), `no embed's graph was added: ${list.join(' | ')}`);
      // ---- The service worker kept none of the blog's pages, and each app
      // page once (embed frames carry a random id in their address).
      const cached = await page.evaluate(async () => {
        const keys = [];
        for (const name of await caches.keys()) {
          for (const request of await (await caches.open(name)).keys()) keys.push(request.url);
        }
        return keys;
      });
      assert.ok(cached.length > 0, 'the service worker keeps the app');
      assert.ok(!cached.some((u) => u.includes('/blog/post.html')), `the blog post is not kept: ${cached.join(' ')}`);
      assert.ok(!cached.some((u) => /[?&]id=/.test(u)), `no embed frame address is kept: ${cached.join(' ')}`);
      assert.deepEqual(page.errors, []);
    } finally {
      await server.close();
    }
  });
});
