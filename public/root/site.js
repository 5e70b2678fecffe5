// The site's plain script, apart from the app (it works whatever state the app is in):
// registers the service worker once the app has started, says when
// the network is away, offers a new version of the site when one is waiting, and, in a
// view embedded in a partner's page, tells the partner's page its height. Texts follow
// <html lang>.
'use strict';

// The page's address under the site's base (`/fr/embed/map` for
// `/micronit/fr/embed/map`): the site may be served under a sub-path.
const sitePath = () => {
  const base = new URL(document.baseURI).pathname;
  const path = window.location.pathname;
  return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
};
const embedded = () => /^\/(fr|en)\/embed\//.test(sitePath());

// The strings of this script, in the page's language: the `sitejs_*` keys of
// locales/*.json, written into the page by the build (scripts/site-text.mjs).
const siteText = (() => {
  let all = {};
  try {
    all = JSON.parse(document.getElementById('site-text')?.textContent || '{}');
  } catch {
    // A page without them shows the keys: visible, and nothing breaks.
  }
  return (key) => {
    const found = (all[document.documentElement.lang] || all.fr || {})[key];
    if (found === undefined) console.error(`site.js: no text "${key}"`);
    return found ?? key;
  };
})();

// A coordinator previewing unpublished data in this tab (the coordinators' desk keeps it
// in the tab's session storage, and the app draws the site from it): every page says so,
// with the way back to the published data. A rendered page shows the published data, so
// its content stays hidden until the app has drawn the preview in its place
// (style/main.css: the app then takes `data-prerendered` away).
(() => {
  let name;
  try {
    if (sessionStorage.getItem('micronit-preview') === null) return;
    name = sessionStorage.getItem('micronit-preview-name') || '';
  } catch {
    return; // No storage, no preview.
  }
  const root = document.documentElement;
  const bar = document.createElement('div');
  bar.className = 'preview-banner';
  bar.setAttribute('role', 'region');
  const says = document.createElement('p');
  const leave = document.createElement('button');
  leave.type = 'button';
  leave.className = 'button';
  leave.addEventListener('click', () => {
    sessionStorage.removeItem('micronit-preview');
    sessionStorage.removeItem('micronit-preview-name');
    window.location.reload();
  });
  const desk = document.createElement('a');
  // In the page's language, which the app changes with the language switch.
  const write = () => {
    bar.setAttribute('aria-label', siteText('preview_label'));
    says.textContent = siteText('preview').replace('{file}', name);
    leave.textContent = siteText('preview_leave');
    desk.href = `${root.lang === 'en' ? 'en' : 'fr'}/desk`;
    desk.textContent = siteText('preview_desk');
  };
  write();
  new MutationObserver(write).observe(root, { attributes: true, attributeFilter: ['lang'] });
  bar.append(says, leave, desk);
  document.body.prepend(bar);
})();

// An embedded view (an iframe on a partner's page, see embed.js).
(() => {
  if (!embedded()) return;
  document.documentElement.classList.add('embedded');
  // Links lead to the full site, in a new tab, not inside the partner's frame.
  document.querySelector('base')?.setAttribute('target', '_blank');
  if (window.parent === window) return;
  let last = 0;
  // The height is sent once the view has settled: on a rendered view, a frame after the
  // app runs it (a view with filters is drawn anew then, and a map takes the size of its
  // box), or without the app a while after the page has loaded; not at each step before.
  let settled = !document.querySelector('#app[data-prerendered]') || typeof WebAssembly !== 'object';
  const settle = () => {
    settled = true;
    report();
  };
  window.addEventListener('micronit:started', () => requestAnimationFrame(() => requestAnimationFrame(settle)));
  window.addEventListener('load', () => setTimeout(settle, 5000));
  const report = () => {
    if (!settled) return;
    const app = document.getElementById('app');
    const height = Math.ceil(app ? app.getBoundingClientRect().height : document.body.scrollHeight);
    if (height === last) return;
    last = height;
    // The height is not a secret: any embedding page may know it.
    window.parent.postMessage({ type: 'micronit:height', height }, '*');
  };
  new ResizeObserver(report).observe(document.body);
  window.addEventListener('load', report);
})();

(() => {

  function banner(id, className) {
    let el = document.getElementById(id);
    if (!el) {
      el = document.createElement('div');
      el.id = id;
      el.className = `notice ${className}`;
      el.setAttribute('role', 'status');
      document.body.appendChild(el);
    }
    return el;
  }

  // Offline indicator.
  function showNetwork() {
    const el = banner('network-status', 'offline-notice');
    if (navigator.onLine) {
      el.hidden = true;
      el.textContent = '';
    } else {
      el.hidden = false;
      el.textContent = siteText('offline');
    }
  }
  window.addEventListener('online', showNetwork);
  window.addEventListener('offline', showNetwork);
  if (!navigator.onLine) showNetwork();

  if (!('serviceWorker' in navigator)) return;

  // A new version waits: the visitor chooses when to take it.
  function offer(worker) {
    const el = banner('update-notice', 'update-notice');
    el.hidden = false;
    el.textContent = siteText('update') + ' ';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = siteText('reload');
    button.addEventListener('click', () => worker.postMessage({ type: 'micronit:activate' }));
    el.appendChild(button);
  }

  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only when the visitor accepted an update (the first install claims silently).
    if (reloading || !document.getElementById('update-notice')) return;
    reloading = true;
    window.location.reload();
  });

  // Registered once the app has started (or, without it, a while after the page has
  // loaded): on a first visit the worker downloads the whole shell to keep it (the icons,
  // the calendars, about 60 KB besides what the page has), which would otherwise share a
  // slow network with the app's wasm and delay the page's first answer.
  const register = () => {
    if (registered) return;
    registered = true;
    const base = document.querySelector('base')?.href || '/';
    navigator.serviceWorker
      .register(new URL('sw.js', base).href, { scope: new URL('./', base).href })
      .then((registration) => {
        if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          if (!worker) return;
          worker.addEventListener('statechange', () => {
            if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
          });
        });
      })
      .catch(() => {});
  };
  let registered = false;
  const app = document.querySelector('#app[data-prerendered]');
  if (app && typeof WebAssembly === 'object') {
    window.addEventListener('micronit:started', register);
    window.addEventListener('load', () => setTimeout(register, 10000));
  } else {
    window.addEventListener('load', register);
  }
})();

// "Embed this view": pages mark where it goes (data-embed-this="teams map"); the snippet
// for embed.js is written from the current address when the panel opens.
(() => {
  let count = 0;
  const refreshers = [];

  const viewName = (view) =>
    view.startsWith('teams/') ? siteText('embed_team') : view === 'map' ? siteText('embed_map') : siteText('embed_teams');

  function snippet(view) {
    const lang = document.documentElement.lang === 'en' ? 'en' : 'fr';
    const filters = view.startsWith('teams/') ? '' : window.location.search.replace(/^\?/, '');
    const src = new URL('embed.js', document.baseURI).href;
    const attributes = [`data-micronit-embed="${view}"`, `data-lang="${lang}"`];
    if (filters) attributes.push(`data-filters="${filters.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
    return `<div ${attributes.join(' ')}></div>\n<script src="${src}" async></script>`;
  }

  function upgrade(marker) {
    if (marker.dataset.ready) return;
    marker.dataset.ready = 'true';
    const views = marker.dataset.embedThis.split(' ').filter(Boolean);
    const n = ++count;
    const details = document.createElement('details');
    details.className = 'embed-snippet';
    const summary = document.createElement('summary');
    summary.textContent = siteText('embed_summary');
    const intro = document.createElement('p');
    intro.textContent = siteText('embed_intro');
    details.append(summary, intro);
    let chosen = views[0];
    const area = document.createElement('textarea');
    if (views.length > 1) {
      const label = document.createElement('label');
      label.htmlFor = `embed-view-${n}`;
      label.textContent = `${siteText('embed_view')} `;
      const select = document.createElement('select');
      select.id = `embed-view-${n}`;
      for (const v of views) select.add(new Option(viewName(v), v));
      select.addEventListener('change', () => {
        chosen = select.value;
        area.value = snippet(chosen);
      });
      label.appendChild(select);
      details.appendChild(label);
    }
    area.id = `embed-code-${n}`;
    area.readOnly = true;
    area.rows = 3;
    area.setAttribute('aria-label', siteText('embed_code'));
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button secondary';
    button.textContent = siteText('embed_copy');
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    button.addEventListener('click', async () => {
      area.select();
      try {
        await navigator.clipboard.writeText(area.value);
      } catch {
        document.execCommand('copy');
      }
      status.textContent = ` ${siteText('embed_copied')}`;
    });
    const refresh = () => {
      if (details.open) area.value = snippet(chosen);
    };
    refreshers.push(refresh);
    details.addEventListener('toggle', () => {
      refresh();
      status.textContent = '';
    });
    details.append(area, button, status);
    marker.appendChild(details);
  }

  // Also when the page changes (new filters): an open panel follows the address.
  const scan = () => {
    document.querySelectorAll('[data-embed-this]').forEach(upgrade);
    refreshers.forEach((refresh) => refresh());
  };
  const start = () => {
    scan();
    new MutationObserver(scan).observe(document.body, { childList: true, subtree: true });
  };
  if (embedded()) return;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();

