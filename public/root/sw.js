// Micronit atlas service worker: the app shell is precached (its list is written into
// this file after each build, with a version that changes when any file does), the
// snapshot is served stale-while-revalidate, and every navigation is answered by the
// app shell when the network is away. A new version waits until the page accepts it.
'use strict';

const VERSION = '__MICRONIT_VERSION__';
const PRECACHE = __MICRONIT_PRECACHE__;
const SHELL = `micronit-shell-${VERSION}`;
const DATA = 'micronit-data';
const SNAPSHOT = 'data/consortium.json';

const scoped = (path) => new URL(path, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    Promise.all([
      caches.open(SHELL).then((cache) => cache.addAll(PRECACHE.map(scoped))),
      // The snapshot too, so that a first visit is enough to come back offline; the
      // install does not fail without it.
      caches
        .open(DATA)
        .then((cache) => cache.add(scoped(SNAPSHOT)))
        .catch(() => {}),
    ]),
  );
});

self.addEventListener('activate', (event) => {
  // Old versions' shells go; the data cache is kept across versions.
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== SHELL && k !== DATA).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  if (type === 'micronit:activate') self.skipWaiting();
  // The app refused the snapshot it was given (broken, invalid, another version): the
  // copy kept here is replaced by the server's, or dropped if the server has none.
  if (type === 'micronit:snapshot-refused') event.waitUntil(replaceSnapshot());
});

async function replaceSnapshot() {
  const cache = await caches.open(DATA);
  try {
    const response = await fetch(scoped(SNAPSHOT), { cache: 'reload' });
    if (response.ok) return await cache.put(scoped(SNAPSHOT), response);
  } catch {
    // Offline: nothing better to keep.
  }
  await cache.delete(scoped(SNAPSHOT));
}

// The last copy at once and a fresh one for next time (stale-while-revalidate), kept
// alive by `waitUntil` so that the worker is not stopped before the copy is stored. A
// request that asks for a fresh copy (the app's "Retry" sends `cache: 'reload'`) goes
// to the network first.
function snapshot(event) {
  const request = event.request;
  const fresh = caches.open(DATA).then((cache) =>
    fetch(request).then(async (response) => {
      if (response.ok) await cache.put(scoped(SNAPSHOT), response.clone());
      return response;
    }),
  );
  const kept = caches.open(DATA).then((cache) => cache.match(scoped(SNAPSHOT)));
  event.waitUntil(fresh.catch(() => undefined));
  if (request.cache === 'reload' || request.cache === 'no-cache' || request.cache === 'no-store') {
    return fresh.catch(() => kept.then((cached) => cached || Response.error()));
  }
  return kept.then((cached) => cached || fresh.catch(() => Response.error()));
}

async function navigation(request) {
  try {
    return await fetch(request);
  } catch {
    const shell = await caches.open(SHELL);
    return (await shell.match(scoped('index.html'))) || Response.error();
  }
}

async function asset(request) {
  const cached = await caches.match(request);
  return cached || fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigation(request));
  } else if (request.url === scoped(SNAPSHOT) || request.url.startsWith(scoped(SNAPSHOT) + '?')) {
    event.respondWith(snapshot(event));
  } else {
    event.respondWith(asset(request));
  }
});
