// Where the start of a page goes, from Chromium's trace (no throttling): every task of the
// page's main thread longer than a few milliseconds from navigation until the app has
// taken over and the page is quiet, with what each task spent its time on, and the app's
// own marks (`micronit:*`, src/timing.rs and site.js) placed in the tasks they fall in.
// Prints figures; asserts nothing. Needs the release build in dist/.
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

const server = spawn('node_modules/.bin/sirv', ['dist', '--single', '--port', String(port), '--host', '127.0.0.1', '--quiet'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
// JSFLAGS passes V8 flags, to measure what an engine setting would change
// (`JSFLAGS=--no-wasm-lazy-compilation`: wasm compiled in the background, not on first call).
const jsFlags = process.env.JSFLAGS ? [`--js-flags=${process.env.JSFLAGS}`] : [];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', ...jsFlags] });
try {
  for (const path of paths) {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await browser.startTracing(page, {
      // TRACE_NAMES=1 also lists the trace events of each task, with wasm's lazy compilation
      // (its detailed events slow the page down, so they are off by default).
      categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'v8.wasm', 'blink.user_timing', 'loading',
        ...(process.env.TRACE_NAMES ? ['disabled-by-default-v8.wasm.detailed', 'disabled-by-default-v8.compile'] : [])],
    });
    await page.goto(`http://127.0.0.1:${port}${path}`);
    await page.locator('#app:not([data-prerendered])').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1500);
    const trace = JSON.parse((await browser.stopTracing()).toString());
    await context.close();
    report(path, trace.traceEvents ?? trace);
  }
} finally {
  await browser.close();
  server.kill();
}

function report(path, events) {
  // The renderer's main thread: the one that parsed the page.
  const parse = events.find((e) => e.name === 'ParseHTML');
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid);
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === parse.pid)?.ts ?? parse.ts;
  const ms = (us) => us / 1000;
  const all = main.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts >= nav);
  // The outermost tasks only (Chromium nests one task event in another).
  const tasks = all.filter((t) => !all.some((o) => o !== t && o.ts <= t.ts && o.ts + o.dur >= t.ts + t.dur && (o.dur > t.dur || all.indexOf(o) < all.indexOf(t))));
  const marks = events
    .filter((e) => e.cat?.includes('blink.user_timing') && e.name.startsWith('micronit:') && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b'))
    .map((e) => ({ name: e.name.slice(9), ts: e.ts }))
    .sort((a, b) => a.ts - b.ts);
  const done = marks.find((m) => m.name === 'taken-over')?.ts ?? Infinity;
  const inStart = tasks.filter((t) => t.ts <= done + 200_000);
  const total = inStart.reduce((n, t) => n + t.dur, 0);
  const long = inStart.filter((t) => ms(t.dur) > LONG_MS);
  console.log(`\n${path}: ${inStart.length} tasks until the takeover, ${ms(total).toFixed(0)} ms in all; longest ${ms(Math.max(...inStart.map((t) => t.dur))).toFixed(1)} ms; ${long.length} over ${LONG_MS} ms`);
  // The app's tasks (from the one its start mark is in), as Lighthouse's mobile settings
  // would count them: each slowed down four times, what passes 50 ms blocks. An estimate
  // to compare builds by, less noisy than Lighthouse's own on a shared machine.
  const started = marks.find((m) => m.name === 'start')?.ts ?? Infinity;
  const app = inStart.filter((t) => t.ts + t.dur >= started);
  const blocking = app.reduce((n, t) => n + Math.max(0, SLOWDOWN * ms(t.dur) - LONG_MS), 0);
  console.log(`  the app's tasks: ${app.length}, ${ms(app.reduce((n, t) => n + t.dur, 0)).toFixed(0)} ms; blocking at a ${SLOWDOWN}× slowdown ≈ ${blocking.toFixed(0)} ms`);
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
      console.log('    ', Object.entries(names).sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${ms(v).toFixed(1)}`).join(', '));
    }
    const what = Object.entries(kinds).sort((a, b) => b[1] - a[1]).filter(([, v]) => ms(v) >= 0.5).map(([k, v]) => `${k} ${ms(v).toFixed(1)}`).join(', ');
    const here = marks.filter((m) => m.ts >= task.ts && m.ts <= task.ts + task.dur).map((m) => m.name).join(', ');
    console.log(`  at ${ms(task.ts - nav).toFixed(0).padStart(5)} ms  ${ms(task.dur).toFixed(1).padStart(6)} ms  ${what}${here ? `  [${here}]` : ''}`);
  }
  const spans = marks.map((m) => `${m.name} ${ms(m.ts - nav).toFixed(0)}`).join(', ');
  console.log(`  marks (ms after navigation): ${spans}`);
}
