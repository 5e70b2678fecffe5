// Registers the service worker, says when the network is away, and offers a new version
// of the site when one is waiting. Plain script, apart from the app: it works whatever
// state the app is in. Texts follow the page's language (<html lang>).
'use strict';
(() => {
  const TEXT = {
    fr: {
      offline: 'Hors ligne\u00a0: vous consultez les dernières données enregistrées sur cet appareil.',
      update: 'Une nouvelle version du site est disponible.',
      reload: 'Mettre à jour',
    },
    en: {
      offline: 'Offline: you are viewing the data last saved on this device.',
      update: 'A new version of the site is available.',
      reload: 'Update',
    },
  };
  const text = (key) => (TEXT[document.documentElement.lang] || TEXT.fr)[key];

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
      el.textContent = text('offline');
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
    el.textContent = text('update') + ' ';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = text('reload');
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

  window.addEventListener('load', () => {
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
  });
})();
