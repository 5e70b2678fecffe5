// The app's start on a page rendered at build time (src/render.rs): the page is shown and
// read at once, and the app, asked for as soon as the page's first paint is on screen,
// hydrates it (src/start.rs). Written into every page's head by trunk (index.html), so
// that it watches for that paint from the start rather than once a script file has come.
// Without it (or without WebAssembly) the page simply stays, and its links still work.
(() => {
  'use strict';
  // The page as parsed: the app hydrates the whole of it, never a part still arriving.
  const parsed = new Promise((done) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', done, { once: true });
    else done();
  });
  const boot = () => {
    const app = document.querySelector('#app[data-prerendered]');
    const code = app?.dataset.appJs;
    const wasm = app?.dataset.appWasm;
    const data = app?.dataset.appData;
    if (!code || !wasm) return;
    // The snapshot, asked for beside the app's files instead of after them (one round trip
    // and 10 KB fewer after the wasm on a slow network): the app's own request (gloo-net,
    // src/data.rs) is answered by this one, which matches it (a `fetch` of the same
    // address, same-origin credentials). A preview is drawn from the tab's storage.
    if (data && !document.documentElement.classList.contains('previewing')) {
      const snapshot = document.createElement('link');
      snapshot.rel = 'preload';
      snapshot.as = 'fetch';
      snapshot.crossOrigin = 'anonymous';
      snapshot.href = data;
      document.head.append(snapshot);
    }
    // The whole file, then compiled: V8 decodes and validates it on a background thread,
    // where a streamed response is read and decoded on the page's own thread (7–20 ms of
    // the start's first task, measured with scripts/trace-start.mjs). No code cache is
    // lost: Chromium keeps none of this module between visits, streamed or not. A file
    // that is not the module (an error page) fails to compile, and is caught below.
    const binary = fetch(wasm).then((response) => response.arrayBuffer());
    binary.catch(() => {});
    Promise.all([import(new URL(code, document.baseURI).href), parsed])
      .then(([module]) => module.default({ module_or_path: binary }))
      .catch(() => {}); // The page stays as it was rendered, and stays readable.
  };
  // Once the page's first paint is on screen, as the browser reports it: a frame is
  // shown some milliseconds after the task that drew it, and a request started in
  // between counts, for Lighthouse's simulation, among what the largest paint waited
  // for (the app's 300 KB, about 1.5 s more on a slow phone network). Without the
  // report (an older browser, a page hidden before its paint), once the page is parsed.
  let booted = false;
  const once = () => {
    if (booted) return;
    booted = true;
    boot();
  };
  const reported = window.PerformanceObserver?.supportedEntryTypes?.includes('paint');
  if (document.visibilityState === 'hidden' || !reported) parsed.then(once);
  else {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      once();
    }).observe({ type: 'paint', buffered: true });
    window.addEventListener('load', () => setTimeout(once, 3000));
  }
})();
