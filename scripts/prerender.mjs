// Prerenders every page of the site, in both languages, to static HTML: serves the build
// on a local port, opens it in Debian's Chromium, follows every link of the site from the
// two home pages (and the embedded views, which no page links to), and saves each page as
// the app rendered it, with its own head (title, description, hreflang, canonical
// address, Open Graph). `/fr/teams` becomes
// `fr/teams/index.html`, so that any static server finds it with the usual index.html
// lookup; other addresses still get index.html, the app's shell. The not-found page is
// saved as `fr/404.html`, `en/404.html` and `404.html` (English) for hosts that use one.
//
// On a prerendered page, site.js fetches the app once the page is painted; the app starts
// beside the saved page and takes its place once it renders the same view
// (public/root/site.js). Run by trunk after each build (a
// post_build hook in Trunk.toml, on its staging directory), or by hand:
//
//   node scripts/prerender.mjs [dir]
//
// MICRONIT_SITE_URL (for example https://micronit.example.org/) makes the addresses of
// the head absolute; without it they are written from the root of the host
// (/en/teams), since the build does not know where it will be served.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import sirv from 'sirv';

const started = performance.now();
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
const shell = readFileSync(join(dir, 'index.html'), 'utf8');
// The site's path on its host: `/`, or `/micronit/` for a build with --public-url.
const base = (/<base href="?([^"\s>]*)/.exec(shell)?.[1] ?? '/').replace(/\/?$/, '/');
// What the head's addresses start with: the site's address when known, else its path.
const siteUrl = process.env.MICRONIT_SITE_URL ? process.env.MICRONIT_SITE_URL.replace(/\/?$/, '/') : base;
const PARALLEL = 3;
// The not-found page's address (any address that names no page), under the base.
const NOT_FOUND = /^(fr|en)\/404$/;

// What a page without scripts says where the directory's controls would be.
const NO_SCRIPT = {
  fr: 'Les filtres, la recherche, le tri et la carte interactive ont besoin de JavaScript. Toutes les équipes sont listées ci-dessous.',
  en: 'The filters, search, sorting and interactive map need JavaScript. All the teams are listed below.',
};

// The build, served under its base path; every page address gets the app's shell (never a
// page prerendered before).
const files = sirv(dir, { dev: true, etag: false });
const server = createServer((req, res) => {
  if (!req.url.startsWith(base)) {
    res.statusCode = 404;
    res.end();
    return;
  }
  const path = req.url.slice(base.length).split(/[?#]/)[0];
  if (!/\.[a-z0-9]+$/i.test(path)) {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(shell);
    return;
  }
  req.url = `/${req.url.slice(base.length)}`;
  files(req, res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const executablePath = process.env.MICRONIT_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(
    `prerender: no Chromium at ${executablePath}: run scripts/setup (which installs Debian's), ` +
      'set MICRONIT_CHROMIUM to another one, or MICRONIT_PRERENDER=0 to build without prerendered pages',
  );
  server.close();
  process.exit(1);
}
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const context = await browser.newContext({
  viewport: { width: 1280, height: 900 },
  serviceWorkers: 'block',
  locale: 'fr-FR',
});
// site.js adds things of its own (panels, notices) that must not be saved into the pages;
// it runs again when a prerendered page is opened.
await context.route(/\/site(-[0-9a-f]+)?\.js$/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
// The coordinators' desk is saved as its page is before the desk's own code is there (its
// loading message): that code's request is left unanswered.
await context.route(/\/desk\/micronit-desk-/, () => {});

// The embedded views are linked from no page (partners' pages frame them): each is named.
const { teams } = JSON.parse(readFileSync(join(dir, 'data/consortium.json'), 'utf8'));
const embedded = ['fr', 'en'].flatMap((lang) => [
  `${base}${lang}/embed/map`,
  `${base}${lang}/embed/teams`,
  ...teams.map((team) => `${base}${lang}/embed/teams/${team.id}`),
]);
const queue = [`${base}fr/`, `${base}en/`, `${base}fr/404`, `${base}en/404`, ...embedded];
const seen = new Set(queue);
const pages = new Map(); // path under the base -> html
const problems = [];

async function render(page, path) {
  const errors = [];
  const onError = (e) => errors.push(String(e.message ?? e));
  page.on('pageerror', onError);
  try {
    await page.goto(origin + path, { waitUntil: 'domcontentloaded' });
    // Ready: the page is drawn from the snapshot, whole (no part of the app left for later:
    // site.js's takeover asks the same).
    await page.waitForFunction(
      () => {
        const main = document.querySelector('main');
        return main && !main.querySelector('.loading') && !document.querySelector('#app [data-later]') && main.textContent.trim();
      },
      null,
      { timeout: 20_000 },
    );
    if (errors.length) throw new Error(errors.join('; '));
    const result = await page.evaluate(
      ({ base, note }) => {
        const notFound = !document.querySelector('link[rel=canonical]');
        // Without scripts, the directory's controls say they need them.
        const lang = document.documentElement.lang === 'en' ? 'en' : 'fr';
        for (const filters of document.querySelectorAll('.directory .filters')) {
          const noscript = document.createElement('noscript');
          const p = document.createElement('p');
          p.className = 'needs-script';
          p.textContent = note[lang];
          noscript.appendChild(p);
          filters.querySelector('h2, h3')?.after(noscript);
        }
        const app = document.getElementById('app');
        app?.setAttribute('data-prerendered', location.pathname.slice(base.length - 1));
        // An embedded view is styled as one, and its links open the full site in a new
        // tab, from its first paint and without scripts (site.js does the same). It is a
        // piece of partners' pages, not a page to find on its own: not indexed.
        const isEmbed = /^\/(fr|en)\/embed\//.test(location.pathname.slice(base.length - 1));
        if (isEmbed) {
          document.documentElement.classList.add('embedded');
          document.querySelector('base')?.setAttribute('target', '_blank');
        }
        // The coordinators' desk is a tool, not a page to find either.
        if (isEmbed || /^\/(fr|en)\/desk$/.test(location.pathname.slice(base.length - 1))) {
          const robots = document.createElement('meta');
          robots.setAttribute('name', 'robots');
          robots.setAttribute('content', 'noindex');
          document.head.append(robots);
        }
        // The app's code is fetched by site.js once the page is painted, rather than
        // preloaded and started by trunk's inline script: the page does not wait for it.
        const code = document.querySelector('link[rel=modulepreload]');
        const wasm = document.querySelector('link[rel=preload][href$=".wasm"]');
        if (app && code && wasm) {
          app.dataset.appJs = code.getAttribute('href');
          app.dataset.appWasm = wasm.getAttribute('href');
          code.remove();
          wasm.remove();
          document.querySelectorAll('script[type=module]').forEach((s) => s.remove());
        }
        // `#anchor` would resolve against <base href> (the home page) in a page without
        // scripts: anchors name their page.
        const here = location.pathname.slice(base.length);
        for (const a of app?.querySelectorAll('a[href^="#"]') ?? []) a.setAttribute('href', here + a.getAttribute('href'));
        const links = [...document.querySelectorAll('a[href]')]
          .map((a) => new URL(a.href))
          .filter((u) => u.origin === location.origin && u.pathname.startsWith(base))
          .map((u) => u.pathname)
          .filter((p) => p !== base && !/\/embed\//.test(p) && !/\.[a-z0-9]+$/i.test(p.split('/').pop()));
        // The app's markers (empty comments) mean nothing without the app.
        const html = document.documentElement.outerHTML.replaceAll('<!---->', '');
        return { html: `<!doctype html>\n${html}`, links, notFound };
      },
      { base, note: NO_SCRIPT },
    );
    return result;
  } finally {
    page.off('pageerror', onError);
  }
}

async function worker() {
  const page = await context.newPage();
  while (queue.length) {
    const path = queue.shift();
    let result;
    try {
      result = await render(page, path);
    } catch (e) {
      problems.push(`${path}: ${String(e.message ?? e).split('\n')[0]}`);
      continue;
    }
    const name = path.slice(base.length);
    if (result.notFound && !NOT_FOUND.test(name)) {
      problems.push(`${path}: a link of the site leads to the not-found page`);
      continue;
    }
    pages.set(name, result.html);
    for (const link of result.links) {
      if (!seen.has(link)) {
        seen.add(link);
        queue.push(link);
      }
    }
  }
  await page.close();
}

try {
  // Each worker takes from the queue until it is empty; links found meanwhile join it
  // (and a worker that found the queue empty while others still rendered is started again).
  do {
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  } while (queue.length);
} finally {
  await browser.close();
  server.close();
}

if (problems.length) {
  console.error(`prerender: ${problems.length} page(s) could not be prerendered:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

// Each page's schema.org JSON-LD, from the data tool (micronit_model::structured): inert
// data in the head, which no text can close (the tool writes no `<`), marked with the page
// it describes so that the app drops it when it shows another page (src/meta.rs).
const structured = JSON.parse(
  execFileSync(
    'cargo',
    ['run', '--quiet', '--release', '-p', 'micronit-data', '--', 'structured-data', join(dir, 'data/consortium.json'), '--site', siteUrl],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
  ),
);
const withStructuredData = (html, name) => {
  const data = structured[`/${name}`];
  if (!data) return html;
  return html.replace('</head>', `<script type="application/ld+json" data-for="/${name}">${data}</script></head>`);
};

// A calendar's webcal: address names the host the page was rendered on: it is the site's
// when its address is known, else the plain address of the file until the app starts.
const webcalSite = /^https?:\/\//.test(siteUrl) ? siteUrl.replace(/^https?:/, 'webcal:') : siteUrl;

let bytes = 0;
for (const [name, html] of [...pages].sort()) {
  // The head's addresses, from where the pages were rendered to where they will be.
  const out = withStructuredData(
    html.split(`${origin}${base}`).join(siteUrl).split(`${origin.replace(/^http:/, 'webcal:')}${base}`).join(webcalSite),
    name,
  );
  const file = NOT_FOUND.test(name) ? `${name}.html` : join(name, 'index.html');
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), out);
  if (name === 'en/404') writeFileSync(join(dir, '404.html'), out);
  bytes += Buffer.byteLength(out);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`prerender: ${pages.size} pages (${Math.round(bytes / 1024)} KB of HTML) in ${seconds} s`);
