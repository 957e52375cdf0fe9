// isolation.js — picks the runtime build for this page:
//   parallel  the page is cross-origin isolated (SharedArrayBuffer works)
//   single    it is not, or the user chose it; the page says why.
// On a static host without COOP/COEP headers it installs web/public/coi-sw.js,
// which adds them, and reloads once.

const RELOAD_FLAG = 'interleave-coi-reloaded';

// Returns {mode, reason}; may never resolve when it reloads the page.
export async function chooseMode(requested) {
  if (requested === 'single') {
    return { mode: 'single', reason: 'single mode: chosen in the options (one core, no SharedArrayBuffer)' };
  }
  if (self.crossOriginIsolated) {
    sessionStorage.removeItem(RELOAD_FLAG);
    return { mode: 'parallel', reason: '' };
  }
  const params = new URLSearchParams(location.search);
  const swAllowed = params.get('coi') !== '0' && window.isSecureContext && 'serviceWorker' in navigator;
  if (swAllowed && !sessionStorage.getItem(RELOAD_FLAG)) {
    try {
      const reg = await navigator.serviceWorker.register(new URL('coi-sw.js', location.href));
      await navigator.serviceWorker.ready;
      if (reg.active) {
        sessionStorage.setItem(RELOAD_FLAG, '1');
        location.reload();
        return new Promise(() => {});
      }
    } catch {
      // Fall through to single mode, with the reason below.
    }
  }
  let why = 'this page is not cross-origin isolated (the server sends no COOP/COEP headers';
  why += swAllowed ? ' and the service worker could not add them)' : ')';
  if (!window.isSecureContext) why = 'this page is not a secure context (https or localhost), so it cannot be cross-origin isolated';
  return {
    mode: 'single',
    reason: `single mode: ${why}; SharedArrayBuffer is unavailable, so threads and processes take turns on one core`,
  };
}
