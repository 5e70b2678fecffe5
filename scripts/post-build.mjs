// Run by trunk after each build, on its staging directory (a post_build hook in
// Trunk.toml; trunk runs the hooks of one stage at once, so this one runs them in order):
// in a release build, its two scripts minified; the coordinators' desk's files named after
// their hash; the strings of the site's plain script into the app's page, the map's
// outline as an SVG file, the open data files, then the service worker's precache list,
// then every page rendered by the app's own components (render.mjs), which are not in
// that list (the service worker answers navigations offline with the app's shell).
if (process.env.TRUNK_PROFILE === 'release') await import('./minify.mjs');
await import('./desk.mjs');
await import('./site-text.mjs');
await import('./land.mjs');
await import('./open-data.mjs');
await import('./precache.mjs');
await import('./render.mjs');
