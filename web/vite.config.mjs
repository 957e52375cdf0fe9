// Vite config for the playground (root: web/). `npm run build` writes the
// static site to dist/; `npm run dev` serves it with COOP/COEP headers.
//
// The two wasm runtimes are not bundled: they are served (dev) and copied
// (build) from build-wasm/ and build-wasm-single/ under wasm/parallel/ and
// wasm/single/, where web/public/runtime-worker.js loads them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const WEB = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.dirname(WEB);
const BUILDS = { parallel: 'build-wasm', single: 'build-wasm-single' };
const FILES = ['interleave_web.js', 'interleave_web.wasm', 'interleave_web.worker.js'];
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm' };

// Cross-origin isolation: SharedArrayBuffer (the parallel build) needs both.
const ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

function wasmRuntimes() {
  return {
    name: 'interleave-wasm-runtimes',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /^\/wasm\/(parallel|single)\/([\w.]+)$/.exec((req.url || '').split('?')[0]);
        if (!m || !FILES.includes(m[2])) return next();
        const file = path.join(REPO, BUILDS[m[1]], m[2]);
        if (!fs.existsSync(file)) return next();
        res.setHeader('Content-Type', TYPES[path.extname(file)]);
        res.end(fs.readFileSync(file));
      });
    },
    generateBundle() {
      for (const [kind, dir] of Object.entries(BUILDS)) {
        for (const f of FILES) {
          const file = path.join(REPO, dir, f);
          if (fs.existsSync(file)) {
            this.emitFile({ type: 'asset', fileName: `wasm/${kind}/${f}`, source: fs.readFileSync(file) });
          } else if (f !== 'interleave_web.worker.js' || kind === 'parallel') {
            this.warn(`${path.relative(REPO, file)} is missing: run bash scripts/build-wasm.sh`);
          }
        }
      }
    },
  };
}

export default defineConfig({
  root: WEB,
  base: './',  // relative URLs: the site works under any path of a static host
  publicDir: path.join(WEB, 'public'),
  plugins: [wasmRuntimes()],
  server: { port: 8000, strictPort: true, headers: ISOLATION, fs: { allow: [REPO] } },
  preview: { port: 8000, strictPort: true, headers: ISOLATION },
  worker: { format: 'es' },
  build: {
    outDir: path.join(REPO, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: { main: path.join(WEB, 'index.html'), embed: path.join(WEB, 'embed.html') },
    },
  },
});
