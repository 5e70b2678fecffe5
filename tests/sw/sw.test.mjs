// The service worker's logic, run in Node against a stand-in of the worker's global
// scope (caches, fetch, events): what it keeps, and that it keeps itself alive
// (`event.waitUntil`) until what it stores is stored. The browser tests
// (tests/e2e/offline.spec.ts) check the same worker in Chromium, end to end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const SCOPE = 'https://atlas.example/';
const SNAPSHOT = `${SCOPE}data/consortium.json`;

/** A worker scope whose network answers `server()` for the snapshot. */
function worker(server) {
  const stores = new Map();
  const store = (name) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const entries = stores.get(name);
    return {
      match: async (url) => entries.get(String(url))?.clone(),
      put: async (url, response) => {
        // Storing takes a moment: a worker stopped before it ends keeps nothing.
        await new Promise((resolve) => setTimeout(resolve, 5));
        entries.set(String(url), response);
      },
      delete: async (url) => entries.delete(String(url)),
      add: async () => {},
      addAll: async () => {},
    };
  };
  const listeners = {};
  const scope = {
    registration: { scope: SCOPE },
    location: { origin: new URL(SCOPE).origin },
    addEventListener: (type, fn) => (listeners[type] = fn),
    skipWaiting: () => {},
    clients: { claim: async () => {} },
    caches: { open: async (name) => store(name), keys: async () => [...stores.keys()], match: async () => undefined, delete: async (n) => stores.delete(n) },
    fetch: async (request) => {
      const url = typeof request === 'string' ? request : request.url;
      assert.equal(url, SNAPSHOT);
      return new Response(server(), { status: 200 });
    },
    Response,
    URL,
  };
  scope.self = scope;
  const source = readFileSync(new URL('../../public/root/sw.js', import.meta.url), 'utf8')
    .replace("'__MICRONIT_VERSION__'", "'test'")
    .replace('__MICRONIT_PRECACHE__', '[]');
  vm.runInNewContext(source, scope);
  /** Dispatches an event; resolves with its answer and the promises it waits for. */
  const dispatch = async (type, fields) => {
    const kept = [];
    let answer;
    listeners[type]({ ...fields, waitUntil: (p) => kept.push(p), respondWith: (p) => (answer = p) });
    return { answer: await answer, kept };
  };
  const cached = async () => (await (await store('micronit-data').match(SNAPSHOT))?.text());
  const seed = async (text) => store('micronit-data').put(SNAPSHOT, new Response(text));
  return { dispatch, cached, seed };
}

const get = (cache = 'default') => ({ request: { url: SNAPSHOT, method: 'GET', mode: 'cors', cache } });

test('the snapshot is answered from the kept copy, and the fresh copy is stored within waitUntil', async () => {
  const sw = worker(() => 'new');
  await sw.seed('old');
  const { answer, kept } = await sw.dispatch('fetch', get());
  assert.equal(await answer.text(), 'old');
  // The revalidation is one of the promises the worker waits for: once they settle, the
  // new copy is stored, whenever the browser would have stopped the worker otherwise.
  assert.ok(kept.length > 0, 'the revalidation is not kept alive by waitUntil');
  await Promise.all(kept);
  assert.equal(await sw.cached(), 'new');
});

test('a request for a fresh copy (the app\'s "Retry") goes to the network first', async () => {
  const sw = worker(() => 'fixed');
  await sw.seed('broken');
  const { answer, kept } = await sw.dispatch('fetch', get('reload'));
  assert.equal(await answer.text(), 'fixed');
  await Promise.all(kept);
  assert.equal(await sw.cached(), 'fixed');
});

test('a copy the app refused is replaced by the server\'s', async () => {
  const sw = worker(() => 'fixed');
  await sw.seed('broken');
  const { kept } = await sw.dispatch('message', { data: { type: 'micronit:snapshot-refused' } });
  await Promise.all(kept);
  assert.equal(await sw.cached(), 'fixed');
});
