// Browser benchmark of the map: frame times while zooming and panning with a synthetic
// snapshot of 5,000 teams, in Debian's Chromium. Prints the figures; asserts nothing.
// Needs the release build in dist/ (scripts/test makes it).
//
//   node scripts/bench-map.mjs [teams]
import { benchBrowser } from './bench-browser.mjs';

const teams = Number(process.argv[2] ?? 5000);
const port = 4198;
const { synthetic, browser, close } = await benchBrowser(teams, port);

// Records the time between animation frames while `run` drives the map.
async function frames(page, run) {
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    window.__recording = true;
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await run();
  return page.evaluate(() => {
    window.__recording = false;
    return window.__frames.slice(1);
  });
}

const report = (name, xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const smooth = xs.filter((x) => x <= 16.7 * 1.2).length;
  console.log(
    `  ${name.padEnd(28)} ${String(xs.length).padStart(4)} frames: median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms, ${((100 * smooth) / xs.length).toFixed(0)} % within a 60 fps frame`,
  );
};

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route('**/data/consortium.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: synthetic }));
  const t0 = Date.now();
  await page.goto(`http://127.0.0.1:${port}/en/teams`);
  // The map once the app runs it.
  await page.locator('#app[data-app] .map-markers [data-m]').first().waitFor({ timeout: 120_000 });
  console.log(`directory and map with ${teams} teams drawn in ${Date.now() - t0} ms (load, parse, validate, render)`);
  const markers = () => page.locator('.map-markers [data-m]').count();
  console.log(`markers drawn at France whole: ${await markers()}`);
  // Zoom where the teams are densest: on the marker that holds the most.
  const densest = await page.locator('.map-markers [data-m]').evaluateAll((els) => {
    const best = els.reduce((a, b) => (Number(b.dataset.count) > Number(a.dataset.count) ? b : a));
    const r = best.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2, count: Number(best.dataset.count) };
  });
  const [cx, cy] = [densest.x, densest.y];

  // Script time per wheel event: from the event to the end of the work it causes
  // (handlers, reactive updates and the DOM changes), before painting.
  const handling = await page.evaluate(async ({ x, y }) => {
    const el = document.querySelector('.map-canvas');
    const times = [];
    for (let i = 0; i < 30; i++) {
      const start = performance.now();
      el.dispatchEvent(new WheelEvent('wheel', { deltaY: i < 15 ? -80 : 80, clientX: x, clientY: y, bubbles: true, cancelable: true }));
      await new Promise((r) => setTimeout(r, 0));
      times.push(performance.now() - start);
      await new Promise((r) => requestAnimationFrame(() => r()));
    }
    return times;
  }, { x: cx, y: cy });
  const sortedH = [...handling].sort((a, b) => a - b);
  console.log(
    `work per wheel event (${densest.count} teams under the pointer): median ${sortedH[15].toFixed(1)} ms, max ${sortedH[sortedH.length - 1].toFixed(1)} ms`,
  );

  console.log(`frame times while driving the map (${teams} teams):`);
  await page.mouse.move(cx, cy);
  const wheelIn = await frames(page, async () => {
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, -60);
      await page.waitForTimeout(16);
    }
  });
  report('wheel zoom in', wheelIn);
  console.log(`markers drawn zoomed in: ${await markers()}`);
  const drag = await frames(page, async () => {
    await page.mouse.down();
    for (let i = 0; i < 60; i++) {
      await page.mouse.move(cx + 4 * i, cy + 2 * i);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
  });
  report('drag pan (zoomed in)', drag);
  const wheelOut = await frames(page, async () => {
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, 60);
      await page.waitForTimeout(16);
    }
  });
  report('wheel zoom out', wheelOut);
  const buttons = await frames(page, async () => {
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForTimeout(400);
    }
    await page.getByRole('button', { name: 'Show all of France' }).click();
    await page.waitForTimeout(400);
  });
  report('eased zoom (buttons)', buttons);
} finally {
  await close();
}
