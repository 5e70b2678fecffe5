// Where the start of a page goes, from Chromium's trace (no throttling): every task of the
// page's main thread longer than a few milliseconds from navigation until the app has
// hydrated the page and the page is quiet, with what each task spent its time on, and the app's
// own marks (`micronit:*`, src/timing.rs) placed in the tasks they fall in.
// Prints figures; asserts nothing. Needs the release build in dist/ (or DIST=folder, to
// compare two builds).
//
//   node scripts/trace-start.mjs [path...]      (default: /fr/ /fr/teams /fr/teams/lnox /fr/embed/map)
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const paths = process.argv.length > 2 ? process.argv.slice(2) : ['/fr/', '/fr/teams', '/fr/teams/lnox', '/fr/embed/map'];
const port = 4197;
const SHOWN_MS = 4; // shorter tasks are counted, not listed
const LONG_MS = 50;
const SLOWDOWN = 4; // Lighthouse's mobile CPU throttling

// What the time inside a task went to, by trace event name (self time: a child's time is
// not counted twice).
const KINDS = {
  'v8.compile': 'compile js', 'v8.compileModule': 'compile js', CompileCode: 'compile js',
  'v8.wasm.compiledModule': 'wasm', 'v8.wasm.streamFromResponseCallback': 'wasm', 'wasm.SyncInstantiate': 'wasm',
  'v8.wasm.finishedStreaming': 'wasm', 'wasm.OnCompilationSucceeded': 'wasm', 'v8.wasm.cachedModule': 'wasm',
  ParseHTML: 'parse html', ParseAuthorStyleSheet: 'parse css',
  UpdateLayoutTree: 'style', RecalculateStyles: 'style', Layout: 'layout', PrePaint: 'paint', Paint: 'paint',
  Layerize: 'paint', UpdateLayer: 'paint', 'Commit': 'paint',
  MinorGC: 'gc', MajorGC: 'gc', 'V8.GC_SCAVENGER': 'gc', 'BlinkGC.AtomicPhase': 'gc',
  HitTest: 'other', 'EventDispatch': 'script',
};

// DIST=a,b compares builds (folders of a release build): ROUNDS=n rounds, the builds
// alternating in each, then each one's medians; a single run lists its tasks.
const builds = (process.env.DIST ?? 'dist').split(',');
const rounds = Number(process.env.ROUNDS ?? 1);
const quiet = rounds > 1 || builds.length > 1;
const servers = builds.map((dir, i) => spawn('node_modules/.bin/sirv', [dir, '--single', '--port', String(port + i), '--host', '127.0.0.1', '--quiet'], { stdio: 'ignore' }));
await new Promise((r) => setTimeout(r, 800));
// JSFLAGS passes V8 flags, to measure what an engine setting would change
// (`JSFLAGS=--no-wasm-lazy-compilation`: wasm compiled in the background, not on first call).
const jsFlags = process.env.JSFLAGS ? [`--js-flags=${process.env.JSFLAGS}`] : [];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', ...jsFlags] });
const figures = {}; // build → path → [{ blocking, longest, total }]
try {
  for (let round = 0; round < rounds; round++) {
    for (const path of paths) {
      for (const [i, build] of builds.entries()) {
        const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 800 } });
        const page = await context.newPage();
        await browser.startTracing(page, {
          // TRACE_NAMES=1 also lists the trace events of each task, with wasm's lazy compilation
          // (its detailed events slow the page down, so they are off by default).
          categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'v8.wasm', 'blink.user_timing', 'loading',
            ...(process.env.TRACE_NAMES ? ['disabled-by-default-v8.wasm.detailed', 'disabled-by-default-v8.compile'] : [])],
        });
        await page.goto(`http://127.0.0.1:${port + i}${path}`);
        // Waits in the page's own world: a locator would first inject Playwright's selector
        // engine (about 330 KB of script), a task of 20–30 ms in the middle of the start.
        await page.evaluate(() => new Promise((done, fail) => {
          const started = () => performance.getEntriesByName('micronit:started').length > 0;
          if (started()) return done();
          new PerformanceObserver(() => started() && done()).observe({ type: 'mark' });
          setTimeout(() => fail(new Error('the app did not start in 30 s')), 30_000);
        }));
        await page.waitForTimeout(1500);
        const trace = JSON.parse((await browser.stopTracing()).toString());
        await context.close();
        const got = report(quiet ? null : path, trace.traceEvents ?? trace);
        ((figures[build] ??= {})[path] ??= []).push(got);
      }
    }
  }
} finally {
  await browser.close();
  for (const server of servers) server.kill();
}
if (quiet) {
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
  const spread = (xs) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
  console.log(`\nmedians (ranges) of ${rounds} round(s), ms: the app's blocking at a 4× slowdown, its longest task, its tasks in all`);
  for (const path of paths) {
    for (const build of builds) {
      const runs = figures[build][path].filter(Boolean);
      const missed = figures[build][path].length - runs.length;
      if (!runs.length) { console.log(`  ${path.padEnd(16)} ${build.padEnd(14)} no trace with the app's marks`); continue; }
      console.log(`  ${path.padEnd(16)} ${build.padEnd(14)} blocking ${spread(runs.map((r) => r.blocking)).padEnd(16)} longest ${spread(runs.map((r) => r.longest)).padEnd(14)} in all ${spread(runs.map((r) => r.total))}${missed ? `  (${missed} trace(s) without the app's marks left out)` : ''}`);
    }
  }
}

function report(path, events) {
  const log = path === null ? () => {} : console.log;
  // The renderer's main thread: the one that parsed the page.
  const parse = events.find((e) => e.name === 'ParseHTML');
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid);
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === parse.pid)?.ts ?? parse.ts;
  const ms = (us) => us / 1000;
  const all = main.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts >= nav);
  // The outermost tasks only (Chromium nests one task event in another).
  const outermost = all.filter((t) => !all.some((o) => o !== t && o.ts <= t.ts && o.ts + o.dur >= t.ts + t.dur && (o.dur > t.dur || all.indexOf(o) < all.indexOf(t))));
  // The browser driver's own messages (DevTools protocol) are not the page's work.
  const driver = main.filter((e) => e.name === 'Receive mojo message' && e.args?.chrome_mojo_event_info?.mojo_interface_tag === 'blink.mojom.DevToolsSession' && e.dur > 1000);
  const byDriver = (t) => driver.some((d) => d.ts >= t.ts && d.ts + d.dur <= t.ts + t.dur && d.dur > t.dur / 2);
  const driven = outermost.filter(byDriver);
  const tasks = outermost.filter((t) => !byDriver(t));
  const marks = events
    .filter((e) => e.cat?.includes('blink.user_timing') && e.name.startsWith('micronit:') && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b'))
    .map((e) => ({ name: e.name.slice(9), ts: e.ts }))
    .sort((a, b) => a.ts - b.ts);
  const done = marks.find((m) => m.name === 'started')?.ts ?? Infinity;
  const inStart = tasks.filter((t) => t.ts <= done + 200_000);
  const total = inStart.reduce((n, t) => n + t.dur, 0);
  const long = inStart.filter((t) => ms(t.dur) > LONG_MS);
  log(`\n${path}: ${inStart.length} tasks until the app has started, ${ms(total).toFixed(0)} ms in all; longest ${ms(Math.max(...inStart.map((t) => t.dur))).toFixed(1)} ms; ${long.length} over ${LONG_MS} ms`);
  if (driven.length) log(`  (left out: ${driven.length} task(s) of the browser driver, ${ms(driven.reduce((n, t) => n + t.dur, 0)).toFixed(0)} ms)`);
  // Wasm functions compiled on their first call (only with TRACE_NAMES: detailed events).
  const compiled = events.filter((e) => e.name === 'wasm.CompileBaseline' && e.pid === parse.pid && e.tid === parse.tid);
  // The app's tasks (from the one its start mark is in), as Lighthouse's mobile settings
  // would count them: each slowed down four times, what passes 50 ms blocks. An estimate
  // to compare builds by, less noisy than Lighthouse's own on a shared machine.
  const started = marks.find((m) => m.name === 'start')?.ts ?? Infinity;
  const app = inStart.filter((t) => t.ts + t.dur >= started);
  const blocking = app.reduce((n, t) => n + Math.max(0, SLOWDOWN * ms(t.dur) - LONG_MS), 0);
  log(`  the app's tasks: ${app.length}, ${ms(app.reduce((n, t) => n + t.dur, 0)).toFixed(0)} ms; blocking at a ${SLOWDOWN}× slowdown ≈ ${blocking.toFixed(0)} ms`);
  for (const task of inStart.filter((t) => ms(t.dur) >= SHOWN_MS)) {
    const inside = main.filter((e) => e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur);
    // Self time by kind: each event's time less its children's.
    const kinds = {};
    for (const e of inside) {
      const children = inside.filter((c) => c !== e && c.ts >= e.ts && c.ts + c.dur <= e.ts + e.dur && c.ts + c.dur - c.ts < e.dur);
      const self = e.dur - children.filter((c) => !children.some((d) => d !== c && c.ts >= d.ts && c.ts + c.dur <= d.ts + d.dur)).reduce((n, c) => n + c.dur, 0);
      const kind = KINDS[e.name] ?? (['FunctionCall', 'EvaluateScript', 'v8.callFunction', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'V8.Execute', 'v8.run'].includes(e.name) ? 'script' : null);
      if (kind && self > 0) kinds[kind] = (kinds[kind] ?? 0) + self;
    }
    if (process.env.TRACE_NAMES) {
      const names = {};
      for (const e of inside) names[e.name] = (names[e.name] ?? 0) + e.dur;
      log('    ', Object.entries(names).sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${ms(v).toFixed(1)}`).join(', '));
    }
    const what = Object.entries(kinds).sort((a, b) => b[1] - a[1]).filter(([, v]) => ms(v) >= 0.5).map(([k, v]) => `${k} ${ms(v).toFixed(1)}`).join(', ');
    const here = marks.filter((m) => m.ts >= task.ts && m.ts <= task.ts + task.dur).map((m) => m.name).join(', ');
    const first = compiled.filter((e) => e.ts >= task.ts && e.ts <= task.ts + task.dur);
    const wasm = first.length ? `  (${first.length} wasm functions compiled, ${(first.reduce((n, e) => n + (e.args?.bodySize ?? 0), 0) / 1024).toFixed(0)} KB)` : '';
    log(`  at ${ms(task.ts - nav).toFixed(0).padStart(5)} ms  ${ms(task.dur).toFixed(1).padStart(6)} ms  ${what}${here ? `  [${here}]` : ''}${wasm}`);
  }
  const spans = marks.map((m) => `${m.name} ${ms(m.ts - nav).toFixed(0)}`).join(', ');
  log(`  marks (ms after navigation): ${spans}`);
  // A trace that missed the app's marks says nothing of the app.
  if (started === Infinity || !app.length) return null;
  return { blocking, longest: Math.max(0, ...app.map((t) => ms(t.dur))), total: ms(app.reduce((n, t) => n + t.dur, 0)) };
}
