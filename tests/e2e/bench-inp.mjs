// Interaction latency by the browser's own measure (issue 12): Event Timing,
// input → next paint, as INP (Interaction to Next Paint) takes it. Part of
// the browser benchmark (bench.mjs); not a test.
//
// Each interaction is done by Playwright as a person would (real mouse
// clicks and key presses through the DevTools protocol, so the browser sees
// trusted input), elements chosen by role and visible text. In the page a
// PerformanceObserver keeps every `event` entry of 16 ms or more (the
// smallest threshold the browser allows) and the `first-input` entry. An
// interaction's latency is the largest `duration` among the entries that
// share its `interactionId` (what INP does; the browser rounds durations to
// 8 ms). Interactions under 16 ms leave no entry and count as "< 16 ms".
//
// Beside it, two figures measured the older ways, to explain any
// disagreement: in the page, from the input event's timestamp until the
// expected change is in the DOM and the next frame has run (rAF, then a
// task; the way bench.mjs's other figures end; none when the change never
// comes, as for a keystroke that leaves the results as they were), and
// from Node, from the Playwright call until that same moment is reported
// back (includes Playwright's actionability checks and protocol round
// trips). For where the time goes: the worst entry's input delay, the
// handlers of every event before its paint, the rest until the frame is
// presented; the planner's share from the app's marks; the long animation
// frames (in BENCH_INP_RAW); a CPU profile with BENCH_INP_PROFILE.
import { readFile, writeFile } from 'node:fs/promises';
import { median } from './harness.mjs';

/// Runs in the page before the app: the observers, and `__inpArm`, which
/// watches for the change an action should make.
function installObservers() {
  const inp = { entries: [], first: null, watch: null };
  window.__inp = inp;
  const keep = (e) => ({
    name: e.name,
    id: e.interactionId,
    start: e.startTime,
    duration: e.duration,
    processingStart: e.processingStart,
    processingEnd: e.processingEnd,
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) inp.entries.push(keep(e));
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) inp.first = keep(e);
  }).observe({ type: 'first-input', buffered: true });
  // Long animation frames (over 50 ms): where a slow interaction's time
  // went (scripts by what invoked them, then style, layout and paint).
  inp.frames = [];
  new PerformanceObserver((list) => {
    for (const f of list.getEntries()) {
      inp.frames.push({
        start: f.startTime,
        duration: f.duration,
        renderStart: f.renderStart,
        styleAndLayoutStart: f.styleAndLayoutStart,
        scripts: f.scripts.map((s) => ({
          invoker: s.invoker,
          start: s.startTime,
          duration: s.duration,
          layout: s.forcedStyleAndLayoutDuration,
        })),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });

  /// `spec`: { selector, text?, hash?, changed?, timeout }. The change is
  /// seen when `selector` exists, its text contains `text`, the address's
  /// hash starts with `hash`, and (with `changed`) its markup differs from
  /// when armed.
  window.__inpArm = (spec) => {
    const markup = () => document.querySelector(spec.selector)?.outerHTML ?? null;
    const before = spec.changed ? markup() : null;
    const holds = () => {
      const el = document.querySelector(spec.selector);
      if (!el) return false;
      if (spec.hash && !location.hash.startsWith(spec.hash)) return false;
      if (spec.text && !el.textContent.includes(spec.text)) return false;
      if (spec.changed && el.outerHTML === before) return false;
      return true;
    };
    if (holds()) throw new Error(`the change is already there before the action: ${JSON.stringify(spec)}`);
    const w = { armedAt: performance.now(), input: null, painted: null };
    const onInput = (e) => {
      if (e.isTrusted && w.input === null) w.input = e.timeStamp;
    };
    addEventListener('pointerdown', onInput, true);
    addEventListener('keydown', onInput, true);
    w.done = new Promise((resolve) => {
      let over = false;
      const end = (value) => {
        over = true;
        observer.disconnect();
        removeEventListener('hashchange', check);
        removeEventListener('pointerdown', onInput, true);
        removeEventListener('keydown', onInput, true);
        clearTimeout(timer);
        resolve(value);
      };
      const check = () => {
        if (over || !holds()) return;
        over = true;
        requestAnimationFrame(() =>
          setTimeout(() => {
            w.painted = performance.now();
            end(w.input === null ? null : w.painted - w.input);
          }, 0),
        );
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      addEventListener('hashchange', check);
      const timer = setTimeout(() => end(null), spec.timeout);
    });
    inp.watch = w;
    return w.armedAt;
  };

  /// The Event Timing entries since `armedAt`, once they have stopped
  /// coming (the browser reports them after the paint, in a later task), or
  /// after `waitMs` when there are none (every event was under 16 ms).
  window.__inpCollect = (armedAt, waitMs) =>
    new Promise((resolve) => {
      const t0 = performance.now();
      let seen = -1;
      let since = t0;
      const tick = () => {
        const mine = inp.entries.filter((e) => e.start >= armedAt);
        if (mine.length !== seen) {
          seen = mine.length;
          since = performance.now();
        }
        const quiet = performance.now() - since;
        if ((mine.length > 0 && quiet > 120) || performance.now() - t0 > waitMs) resolve(mine);
        else setTimeout(tick, 20);
      };
      tick();
    });
}

/// One interaction: arm the watcher, act, wait for the change, collect.
/// With `profile` (a DevTools session), a CPU profile of the interaction
/// comes back too.
async function interaction(page, spec, act, { timeout, collectMs, profile }) {
  if (profile) {
    await profile.send('Profiler.enable');
    await profile.send('Profiler.setSamplingInterval', { interval: 100 });
    await profile.send('Profiler.start');
  }
  const armedAt = await page.evaluate((spec) => window.__inpArm(spec), { ...spec, timeout });
  const t0 = performance.now();
  await act();
  const painted = await page.evaluate(() => window.__inp.watch.done);
  const node = painted === null ? null : performance.now() - t0;
  const cpu = profile ? (await profile.send('Profiler.stop')).profile : undefined;
  const entries = await page.evaluate(([at, ms]) => window.__inpCollect(at, ms), [armedAt, collectMs]);
  // The long frames between the action and now, for the raw data; and the
  // planner's time, from the app's marks (`sb:plan-start` when an action
  // changes the question, `sb:plan-end` once the answer is rendered).
  const { frames, planner } = await page.evaluate((at) => {
    const after = (name) => performance.getEntriesByName(name).filter((m) => m.startTime >= at);
    const [start, end] = [after('sb:plan-start')[0], after('sb:plan-end').at(-1)];
    return {
      frames: window.__inp.frames.filter((f) => f.start + f.duration >= at),
      planner: start && end ? end.startTime - start.startTime : null,
    };
  }, armedAt);
  const interactions = new Map();
  for (const e of entries.filter((e) => e.id > 0)) {
    const worst = interactions.get(e.id);
    if (!worst || e.duration > worst.duration) interactions.set(e.id, e);
  }
  // One Playwright action is one interaction; should it be more (a click
  // that the browser splits), the worst counts, as INP would.
  const worst = [...interactions.values()].sort((a, b) => b.duration - a.duration)[0];
  // Its parts: the input delay of its first event; the handlers of every
  // event up to its paint (mousedown, input and change events have no
  // interactionId of their own but run before the same paint); then the
  // rest until the frame is presented (other tasks, such as a hashchange,
  // style, layout, paint, compositing).
  let delay = null;
  let processing = null;
  let presentation = null;
  if (worst) {
    const end = worst.start + worst.duration;
    const first = entries.filter((e) => e.id === worst.id).sort((a, b) => a.start - b.start)[0];
    const handled = entries.filter((e) => e.processingEnd <= end);
    delay = first.processingStart - first.start;
    processing = handled.reduce((sum, e) => sum + (e.processingEnd - e.processingStart), 0);
    presentation = end - Math.max(...handled.map((e) => e.processingEnd));
  }
  return {
    inp: worst ? worst.duration : null,
    delay,
    processing,
    presentation,
    event: worst?.name ?? null,
    count: interactions.size,
    planner,
    painted,
    node,
    frames,
    cpu,
  };
}

/// Function names by index from a wasm file's "name" section. The release
/// wasm has none; `cargo xtask size` writes the same code with names
/// (target/size/switchback_named.wasm, same function indices), which
/// BENCH_INP_NAMES points to.
async function wasmNames(path) {
  const buf = await readFile(path);
  const names = new Map();
  let p = 8;
  const u = () => {
    let [r, shift, b] = [0, 0, 0];
    do {
      b = buf[p++];
      r += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return r;
  };
  const text = (n) => buf.toString('utf8', p, (p += n));
  while (p < buf.length) {
    const id = buf[p++];
    const end = u() + p;
    if (id === 0 && text(u()) === 'name') {
      while (p < end) {
        const [sub, subEnd] = [buf[p++], u()];
        const stop = p + subEnd;
        if (sub === 1) for (let n = u(); n > 0; n--) names.set(u(), text(u()));
        p = stop;
      }
    }
    p = end;
  }
  return names;
}

/// A CPU profile's self time by function, largest first; wasm functions by
/// name when `names` has them.
export function selfTimes(profile, top = 15, names = new Map()) {
  const total = profile.endTime - profile.startTime;
  const samples = profile.samples.length || 1;
  const by = new Map();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    if (['(idle)', '(program)', '(root)'].includes(f.functionName)) continue;
    const wasm = /^wasm-function\[(\d+)\]$/.exec(f.functionName);
    const name = wasm
      ? (names.get(Number(wasm[1])) ?? f.functionName).replace(/::h[0-9a-f]{16}$/, '')
      : `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : ''}`.trim();
    by.set(name, (by.get(name) ?? 0) + ((n.hitCount ?? 0) * total) / samples / 1000);
  }
  return [...by].sort((a, b) => b[1] - a[1]).slice(0, top);
}

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/// The graphs, read from the sources the app embeds and copies.
async function graphs() {
  const read = async (path) => JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8'));
  const builtin = await read('../../src/data/builtin.json');
  const atlas = await read('../../src/data/onet-29.3.json');
  const titles = (doc) => new Map(doc.roles.map((r) => [r.id, r.title]));
  return [
    {
      name: 'built-in',
      titles: titles(builtin),
      starts: ['ops-engineer', 'tpm', 'product-manager', 'software-engineer', 'marketing-specialist', 'release-manager', 'security-tpm'],
      pairs: [
        ['ops-engineer', 'chief-product-officer'],
        ['marketing-specialist', 'product-manager'],
        ['software-engineer', 'director-program-management'],
        ['build-engineer', 'vp-product'],
      ],
      skills: builtin.skills.map((s) => s.name),
      words: ['product', 'engineer', 'manager', 'design'],
    },
    {
      name: 'atlas',
      atlas: true,
      titles: titles(atlas),
      starts: ['15-1252-00', '29-1141-00', '35-2014-00', '43-4051-00', '47-2061-00', '11-3021-00', '13-2011-00', '25-2021-00'],
      pairs: [
        ['15-1252-00', '11-3021-00'],
        ['29-1141-00', '11-9111-00'],
        ['35-2014-00', '11-9051-00'],
        ['43-4051-00', '11-2022-00'],
        ['47-2061-00', '11-9021-00'],
        ['41-2031-00', '13-1161-00'],
      ],
      skills: atlas.skills.map((s) => s.name),
      words: ['nurse', 'software', 'teacher', 'manager'],
    },
  ];
}

export const INTERACTIONS = [
  ['role', 'open a role (click its node in the graph)'],
  ['move', 'open a move (click its link in the role panel)'],
  ['plan', 'plan (choose the goal in the plan bar)'],
  ['rank', 're-rank (Arrow Down in "Rank paths by")'],
  ['skill', 'tick a skill (in "Your skills")'],
  ['key', 'search keystroke (one character)'],
];

const PROFILES = [
  { name: 'normal', rate: 1 },
  { name: 'CPU ×4', rate: 4 },
];

/// One graph under one profile: a fresh page, then `repeat` rounds of the
/// six interactions. Returns { interaction key: [results] } and the page's
/// first-input entry.
async function session(browser, server, graph, profile, repeat, { log, cpuProfile, names }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  await context.addInitScript(installObservers);
  const page = await context.newPage();
  const slow = profile.rate > 1;
  const opts = { timeout: slow ? 20000 : 8000, collectMs: slow ? 1200 : 600 };
  const title = (id) => graph.titles.get(id);
  const details = page.getByRole('complementary', { name: 'Details' });
  const planner = page.getByRole('region', { name: 'Plan a move' });
  await page.goto(`${server.url}#/role/${graph.starts[0]}`);
  await page.waitForSelector('.sb-svg');
  if (graph.atlas) {
    await page.getByRole('button', { name: 'Graphs', exact: true }).click();
    await page.getByRole('region', { name: 'Graphs' }).getByRole('button', { name: 'All US occupations, O*NET 29.3' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'All US occupations' }).waitFor({ timeout: 60000 });
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.rate });
  // Sets the address's hash, as a link would, and waits for the app to
  // have taken it (it may write back a tidier address).
  const go = (hash) =>
    page.evaluate(
      (h) =>
        new Promise((done) => {
          if (location.hash === h) return done();
          addEventListener('hashchange', () => requestAnimationFrame(() => setTimeout(done, 0)), { once: true });
          location.hash = h;
        }),
      hash,
    );
  const out = Object.fromEntries(INTERACTIONS.map(([k]) => [k, []]));
  // Measures one interaction of kind `key` (profiled on the CPU when
  // BENCH_INP_PROFILE names it).
  const record = async (key, spec, act, more = {}) => {
    const x = await interaction(page, spec, act, { ...opts, ...more, profile: cpuProfile === key ? cdp : undefined });
    if (x.cpu) {
      const file = `${process.env.BENCH_INP_PROFILE_DIR ?? '/tmp'}/inp-${graph.name}-${profile.rate}x-${key}-${out[key].length}.cpuprofile`;
      await writeFile(file, JSON.stringify(x.cpu));
      log(`  ${key}: INP ${x.inp ?? '< 16'} ms, planner ${x.planner?.toFixed(1) ?? '-'} ms; CPU profile ${file}; self time:`);
      for (const [name, t] of selfTimes(x.cpu, 12, names)) log(`    ${t.toFixed(1).padStart(7)} ms  ${name}`);
      delete x.cpu;
    }
    out[key].push(x);
  };
  for (let r = 0; r < repeat; r++) {
    // Open a role: from role A, click a neighbour B drawn in the graph
    // (one whose centre is on screen and not covered).
    const a = graph.starts[r % graph.starts.length];
    await go('#/?rank=moves');
    await page.waitForFunction(() => !document.querySelector('.sb-alt-title, .sb-nopath'));
    await go(`#/role/${a}`);
    await details.getByRole('heading', { name: title(a), exact: true }).waitFor({ timeout: opts.timeout });
    await page.waitForTimeout(200);
    const nodes = await page.evaluate(() => {
      const frame = document.querySelector('.sb-svg').getBoundingClientRect();
      return [...document.querySelectorAll('.sb-svg a.sb-node-link:not([aria-current])')]
        .filter((a) => {
          const b = a.getBoundingClientRect();
          const [x, y] = [b.x + b.width / 2, b.y + b.height / 2];
          const inside = x > frame.left + 4 && x < frame.right - 4 && y > frame.top + 4 && y < frame.bottom - 4;
          return inside && a.contains(document.elementFromPoint(x, y));
        })
        .map((a) => ({ id: a.id.replace(/^sb-node-/, ''), label: a.getAttribute('aria-label') }));
    });
    if (nodes.length === 0) throw new Error(`${graph.name}: no role drawn on screen around ${a}`);
    const b = nodes[(r * 3) % nodes.length];
    await record('role', { selector: '#sb-panel-title', hash: `#/role/${b.id}`, text: title(b.id) }, () =>
      page.locator('.sb-svg').getByRole('link', { name: b.label, exact: true }).click(),
    );

    // Open a move: the first of "Where people go next" in B's panel.
    const next = await page.evaluate(() => {
      const h = [...document.querySelectorAll('.sb-panel h3')].find((h) => h.textContent === 'Where people go next');
      return h?.nextElementSibling?.querySelector('a')?.textContent ?? null;
    });
    if (next) {
      await record('move', { selector: '#sb-panel-title', hash: `#/move/${b.id}/`, text: '\u2192' }, () =>
        details.getByRole('link', { name: next, exact: true }).first().click(),
      );
    } else {
      log(`  (${title(b.id)} has no moves onward: no move opened in round ${r + 1})`);
    }

    // Plan: clear the plan, choose where you are, then (measured) the goal.
    const [from, to] = graph.pairs[r % graph.pairs.length];
    await go('#/?rank=moves');
    await page.waitForFunction(() => !document.querySelector('.sb-alt-title, .sb-nopath'));
    const choose = async (label, id) => {
      await planner.getByRole('combobox', { name: label }).fill(title(id));
      return page.getByRole('option', { name: new RegExp(`^${esc(title(id))}`) }).first();
    };
    await (await choose('I am a\u2026', from)).click();
    await page.waitForFunction((t) => document.getElementById('sb-from').value === t, title(from));
    const goal = await choose('I want to become\u2026', to);
    await goal.waitFor();
    await record('plan', { selector: '.sb-alt-title, .sb-nopath' }, () => goal.click());

    // Re-rank: the ranking's list, by keyboard (fewest moves → fewest new
    // skills, the costliest ranking).
    const rank = page.getByRole('combobox', { name: 'Rank paths by' });
    await rank.focus();
    const down = await rank.evaluate((s) => s.selectedIndex < s.options.length - 1);
    await record('rank', { selector: '.sb-results [role="status"]', changed: true }, () =>
      page.keyboard.press(down ? 'ArrowDown' : 'ArrowUp'),
    );

    // Tick a skill in "Your skills" (with the plan above still set, so the
    // paths are ranked again), then untick it, not measured.
    await planner.getByRole('button', { name: /Your skills/ }).click();
    const skills = details.getByRole('region', { name: /^Your skills/ });
    await skills.waitFor();
    const skill = skills.getByRole('checkbox', { name: graph.skills[r % graph.skills.length], exact: true });
    await record('skill', { selector: '#sb-skills-title', changed: true }, () => skill.click());
    const ticked = await page.locator('#sb-skills-title').textContent();
    await skill.click();
    await page.waitForFunction((t) => document.getElementById('sb-skills-title').textContent !== t, ticked);

    // Search keystrokes: every character of a word, typed into search.
    const search = page.getByRole('combobox', { name: /Search roles and skills/ });
    await search.fill('');
    await search.focus();
    for (const ch of graph.words[r % graph.words.length]) {
      await record('key', { selector: '#sb-search-results', changed: true }, () => page.keyboard.press(ch), {
        timeout: slow ? 3000 : 1500,
      });
    }
    await page.keyboard.press('Escape');
    log(`  ${graph.name}, ${profile.name}: round ${r + 1} of ${repeat}`);
  }
  const first = await page.evaluate(() => window.__inp.first);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  return { out, first };
}

/// INP values, where `null` is "under 16 ms" (no entry): sorted below
/// every measured one.
const inpStats = (xs) => {
  const s = xs.map((x) => x ?? -1).sort((a, b) => a - b);
  const show = (v) => (v < 0 ? '< 16 ms' : `${Math.round(v)} ms`);
  const mid = s.length % 2 ? s[(s.length - 1) / 2] : Math.max(s[s.length / 2 - 1], s[s.length / 2]);
  return { median: show(mid), max: show(s.at(-1)), worst: s.at(-1) };
};
const ms = (xs) => {
  const v = xs.filter((x) => x !== null);
  return v.length ? `${median(v).toFixed(0)} ms` : '—';
};

/// The table: interaction × graph × profile. Budgets (issue 12): INP ≤ 100 ms
/// on the atlas under the normal profile, ≤ 200 ms under CPU ×4.
export async function measureInp(browser, server, repeat, { filter, cpuProfile, log = console.error } = {}) {
  const rows = [];
  const firsts = [];
  const raw = {};
  const names = cpuProfile && process.env.BENCH_INP_NAMES ? await wasmNames(process.env.BENCH_INP_NAMES) : new Map();
  for (const graph of await graphs()) {
    for (const profile of PROFILES) {
      const label = `${graph.name} ${profile.name}`;
      if (filter && !label.includes(filter)) continue;
      const { out, first } = await session(browser, server, graph, profile, repeat, { log, cpuProfile, names });
      raw[label] = out;
      if (first) firsts.push(`${label}: first input ${first.name}, ${Math.round(first.duration)} ms`);
      for (const [key, what] of INTERACTIONS) {
        const xs = out[key];
        if (xs.length === 0) continue;
        const s = inpStats(xs.map((x) => x.inp));
        const budget = graph.atlas ? (profile.rate > 1 ? 200 : 100) : null;
        const verdict = budget === null ? '' : s.worst <= budget ? `met (≤ ${budget} ms)` : `**missed** (> ${budget} ms)`;
        rows.push([
          what,
          graph.name,
          profile.name,
          xs.length,
          s.median,
          s.max,
          ms(xs.map((x) => x.delay)),
          ms(xs.map((x) => x.processing)),
          ms(xs.map((x) => x.presentation)),
          ms(xs.map((x) => x.planner)),
          ms(xs.map((x) => x.painted)),
          ms(xs.map((x) => x.node)),
          verdict,
        ]);
      }
    }
  }
  const table = [
    "| interaction | graph | profile | n | INP median | INP max | input delay | processing | presentation | planner (the app's marks) | input → change painted (in page) | Playwright call → change seen (Node) | budget |",
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
  return { table, firsts, raw };
}
