// Run by trunk after each build, on its staging directory (a post_build hook in
// Trunk.toml; trunk runs the hooks of one stage at once, so this one runs them in order):
// the service worker's precache list first, then the prerendered pages, which are not in
// it (the service worker answers navigations offline with the app's shell).
// MICRONIT_PRERENDER=0 skips prerendering, for quicker rebuilds while working on the app.
await import('./precache.mjs');
if (process.env.MICRONIT_PRERENDER !== '0') await import('./prerender.mjs');
