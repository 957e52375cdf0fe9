#!/usr/bin/env node
// A small static server for the built playground (dist/), with the
// cross-origin isolation headers that SharedArrayBuffer needs and gzip.
//
//   node web/serve.mjs [--root DIR] [--port N] [--host H] [--no-isolation] [--quiet]
//
// --no-isolation omits COOP/COEP (what a plain static host does): the page
// then installs its service worker, or runs the single build. Node 20, no
// dependencies. Used by scripts/start.sh and tests/e2e/run.mjs.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const REPO = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ttf': 'font/ttf', '.woff2': 'font/woff2', '.py': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.ttf', '.py']);

export function serve({ root = path.join(REPO, 'dist'), port = 8000, host = '127.0.0.1', isolation = true, quiet = false } = {}) {
  const gzCache = new Map();  // path -> {mtime, data}
  const server = http.createServer((req, res) => {
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = path.join(root, urlPath);
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    } catch { /* 404 below */ }
    let stat;
    try { stat = fs.statSync(file); } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
      return;
    }
    const ext = path.extname(file);
    const headers = { 'Content-Type': TYPES[ext] || 'application/octet-stream', 'Cache-Control': 'no-cache' };
    if (isolation) {
      headers['Cross-Origin-Opener-Policy'] = 'same-origin';
      headers['Cross-Origin-Embedder-Policy'] = 'require-corp';
    }
    headers['Cross-Origin-Resource-Policy'] = 'same-origin';
    // A validator, so that no-cache revalidation costs a 304, not the file
    // again: the runtime's JS is loaded by the runtime worker and by each
    // pthread worker (importScripts), and a reload revalidates everything.
    headers.ETag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    if (req.headers['if-none-match'] === headers.ETag) {
      res.writeHead(304, headers).end();
      return;
    }
    let body = fs.readFileSync(file);
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      const c = gzCache.get(file);
      if (c && c.mtime === stat.mtimeMs) body = c.data;
      else {
        const data = zlib.gzipSync(body, { level: 9 });
        gzCache.set(file, { mtime: stat.mtimeMs, data });
        body = data;
      }
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, host, () => {
      const url = `http://${host === '127.0.0.1' ? 'localhost' : host}:${server.address().port}/`;
      if (!quiet) console.log(`Interleave playground: ${url}  (serving ${path.relative(process.cwd(), root) || '.'}${isolation ? ', cross-origin isolated' : ', no COOP/COEP'})`);
      resolve({ server, url, port: server.address().port });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const a = process.argv.slice(2);
  const opt = { isolation: true };
  for (let i = 0; i < a.length; i++) {
    if (a[i] === '--root') opt.root = path.resolve(a[++i]);
    else if (a[i] === '--port') opt.port = Number(a[++i]);
    else if (a[i] === '--host') opt.host = a[++i];
    else if (a[i] === '--no-isolation') opt.isolation = false;
    else if (a[i] === '--quiet') opt.quiet = true;
    else { console.error(`serve.mjs: unknown option ${a[i]}`); process.exit(2); }
  }
  serve(opt).catch((e) => {
    console.error(`serve.mjs: ${e.code === 'EADDRINUSE' ? `port ${opt.port || 8000} is in use` : e.message}`);
    process.exit(1);
  });
}
