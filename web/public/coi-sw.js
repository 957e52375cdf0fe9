// coi-sw.js — a service worker that adds the cross-origin isolation headers
// (COOP/COEP) on static hosts that cannot send them (GitHub Pages, plain
// file servers). After it takes control the page reloads once and gets
// SharedArrayBuffer, so the parallel build can run. Registered by
// web/src/isolation.js; the approach of the coi-serviceworker project.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const req = event.request;
  // A Chrome quirk: such requests fail when answered from a service worker.
  if (req.cache === 'only-if-cached' && req.mode !== 'same-origin') return;
  event.respondWith(
    fetch(req).then((res) => {
      if (res.status === 0) return res;  // opaque: cannot be changed
      const headers = new Headers(res.headers);
      headers.set('Cross-Origin-Opener-Policy', 'same-origin');
      headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
      headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
      return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
    }),
  );
});
