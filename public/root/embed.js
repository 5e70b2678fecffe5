// Micronit atlas, for partner sites: shows a view of the atlas in your page.
//
//   <div data-micronit-embed="map" data-lang="fr" data-filters="axis=2&tumor=myeloma"></div>
//   <script src="https://ATLAS-ADDRESS/embed.js" async></script>
//
// data-micronit-embed: "map", "teams" or "teams/TEAM-ID"; data-lang: "fr" or "en";
// data-filters: the query string of the atlas's directory (optional); data-title: the
// frame's title for screen readers (optional). A page may hold several views. Each is an
// iframe that loads when it comes near the screen and keeps the height of its content.
(() => {
  'use strict';
  const script = document.currentScript;
  if (!script || !script.src) return;
  const site = new URL('./', script.src);
  // The frames' titles by language: the `embedjs_*` keys of locales/*.json, written here
  // by the build (scripts/site-text.mjs).
  const TITLES = '__MICRONIT_EMBED_TITLES__';
  const MIN = 120;
  const MAX = 4000;
  const frames = new Map();

  function place(holder) {
    if (holder.dataset.micronitReady) return;
    holder.dataset.micronitReady = 'true';
    const lang = holder.dataset.lang === 'en' ? 'en' : 'fr';
    const view = (holder.dataset.micronitEmbed || 'map').replace(/^\/+|\/+$/g, '');
    if (!/^(map|teams|teams\/[a-z0-9-]+)$/.test(view)) return;
    const filters = (holder.dataset.filters || '').replace(/^\?/, '');
    const src = new URL(`${lang}/embed/${view}`, site);
    if (filters && !view.startsWith('teams/')) src.search = filters;
    const frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = holder.dataset.title || TITLES[lang][view.startsWith('teams/') ? 'team' : view];
    frame.loading = 'lazy';
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    frame.style.cssText = 'display:block;width:100%;border:0;height:480px';
    holder.appendChild(frame);
    frames.set(frame, holder);
  }

  window.addEventListener('message', (event) => {
    // Only the atlas's own frames, each for itself.
    if (event.origin !== site.origin) return;
    const data = event.data;
    if (!data || data.type !== 'micronit:height' || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
    for (const frame of frames.keys()) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.min(MAX, Math.max(MIN, Math.ceil(data.height)))}px`;
      }
    }
  });

  const all = () => document.querySelectorAll('[data-micronit-embed]').forEach(place);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', all);
  else all();
})();
