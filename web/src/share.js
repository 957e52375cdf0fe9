// share.js — share links, the TypeScript playground's scheme: the code and
// options live in the URL fragment, the code compressed with lz-string.
//   #code=<compressToEncodedURIComponent(source)>&seed=N&mode=single&si=0.001
import LZString from 'lz-string';

export function encodeShare({ source, seed, mode, switchInterval }) {
  const parts = [`code=${LZString.compressToEncodedURIComponent(source)}`];
  if (seed !== null && seed !== undefined && seed !== '') parts.push(`seed=${encodeURIComponent(seed)}`);
  if (mode && mode !== 'auto') parts.push(`mode=${encodeURIComponent(mode)}`);
  if (switchInterval) parts.push(`si=${encodeURIComponent(switchInterval)}`);
  return parts.join('&');
}

// Returns {source?, seed?, mode?, switchInterval?} from a fragment.
export function decodeShare(hash) {
  const out = {};
  const h = (hash || '').replace(/^#/, '');
  if (!h) return out;
  // code= must be parsed by hand: its alphabet includes '+' and '$'.
  for (const part of h.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const k = part.slice(0, eq);
    const v = part.slice(eq + 1);
    if (k === 'code') {
      const s = LZString.decompressFromEncodedURIComponent(v);
      if (s !== null && s !== undefined) out.source = s;
    } else if (k === 'seed' && /^\d+$/.test(decodeURIComponent(v))) out.seed = decodeURIComponent(v);
    else if (k === 'mode' && ['auto', 'parallel', 'single'].includes(v)) out.mode = v;
    else if (k === 'si' && Number(decodeURIComponent(v)) > 0) out.switchInterval = decodeURIComponent(v);
  }
  return out;
}
