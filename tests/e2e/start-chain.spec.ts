// What a page's first answer waits for on a slow network is asked for as early as it can
// be, and what it does not need comes after it (docs/performance.md): the style sheet is in
// the page, the snapshot is asked for with the app's files (and the app's own request is
// answered by that one), and the service worker, which downloads the whole shell on a
// first visit, is registered once the app has started.
import { test, expect } from '@playwright/test';

type Timing = { name: string; startTime: number; responseEnd: number; initiatorType: string };

for (const path of ['/fr/teams', '/en/', '/fr/embed/map']) {
  test(`${path}: the snapshot is asked for with the app's files, once, and no style sheet is`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('#app[data-app="hydrated"]')).toHaveCount(1, { timeout: 20_000 });
    const files: Timing[] = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => {
        const r = e as PerformanceResourceTiming;
        return { name: r.name, startTime: r.startTime, responseEnd: r.responseEnd, initiatorType: r.initiatorType };
      }),
    );
    const snapshot = files.filter((f) => f.name.endsWith('/data/consortium.json'));
    const wasm = files.find((f) => /\/micronit-[0-9a-f]+_bg\.wasm$/.test(f.name));
    expect(wasm, 'the app was asked for').toBeTruthy();
    expect(snapshot.map((f) => f.initiatorType), 'one request, the preload the app read').toEqual(['link']);
    // Before the wasm had all come (it used to be asked for by the app, once running).
    expect(snapshot[0].startTime).toBeLessThanOrEqual(wasm!.startTime + 50);
    expect(snapshot[0].startTime).toBeLessThan(wasm!.responseEnd);
    expect(files.filter((f) => f.name.endsWith('.css')).map((f) => f.name), 'the page carries its style').toEqual([]);
    expect(await page.locator('head style').count()).toBe(1);
  });
}

test('a preview is drawn from the tab, and the published snapshot is not asked for', async ({ page }) => {
  const snapshot = await (await page.request.get('/data/consortium.json')).text();
  await page.addInitScript((text) => {
    sessionStorage.setItem('micronit-preview', text);
    sessionStorage.setItem('micronit-preview-name', 'preview.json');
  }, snapshot);
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/data/consortium.json')) asked.push(r.url());
  });
  await page.goto('/fr/teams');
  await expect(page.locator('#app[data-app]')).toHaveCount(1, { timeout: 20_000 });
  await expect(page.locator('.preview-banner')).toBeVisible();
  expect(asked).toEqual([]);
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the service worker is registered once the app has started, not while its files download', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { registered?: number };
      const container = navigator.serviceWorker;
      const register = container.register.bind(container);
      container.register = (...args: Parameters<typeof register>) => {
        w.registered = performance.now();
        return register(...args);
      };
    });
    await page.goto('/fr/teams');
    await page.waitForFunction(() => (window as unknown as { registered?: number }).registered !== undefined, undefined, { timeout: 20_000 });
    const { registered, started } = await page.evaluate(() => ({
      registered: (window as unknown as { registered: number }).registered,
      started: performance.getEntriesByName('micronit:started')[0]?.startTime,
    }));
    expect(started, 'the app started').toBeGreaterThan(0);
    expect(registered).toBeGreaterThanOrEqual(started!);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  });
});
