#!/usr/bin/env node
// A small static file server for the browser tests: it serves folders under
// URL prefixes the way a plain static host (GitHub Pages, a docs site's web
// server) does, so the same build can be tested at a domain root and under a
// sub-path at once. No SPA fallback: a missing file is a 404, as on those
// hosts, so a page that asks for a wrong path fails loudly in the tests.
//
//   node scripts/static-server.mjs --port 4179 \
//     --mount /=dist --mount /docs/tools/pop-lab/=dist \
//     --mount /sites/vitepress/=examples/vitepress/.vitepress/dist
//
// Folders are looked up on each request, so a mount may be built after the
// server started (the docs-site tests build their sites first).
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.map': 'application/json',
  '.gz': 'application/gzip',
};

/**
 * @param {Array<{ prefix: string, dir: string }>} mounts URL prefixes ending in "/" and the folders they serve.
 * @param {{ headers?: Record<string, string>, gzip?: boolean }} [options] headers added to every answer;
 *   gzip: compress text answers for clients that accept it, as GitHub Pages
 *   and docs hosts do (npm run bench measures load times with it).
 */
export function createStaticServer(mounts, options = {}) {
  // Longest prefix first, so /docs/tools/pop-lab/ wins over /.
  const table = mounts
    .map((m) => ({ prefix: m.prefix.endsWith('/') ? m.prefix : `${m.prefix}/`, dir: resolve(m.dir) }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  const extra = options.headers ?? {};
  // Compressed answers are kept, as a real host's cache keeps them: the bench
  // (npm run bench) runs this server on the machine whose browser it measures,
  // and compressing each of the app's ~100 files on every load took CPU from
  // the page under test (issue 12). Keyed by file, size and time, so a rebuild
  // is never hidden.
  /** @type {Map<string, { key: string, body: Buffer }>} */
  const compressed = new Map();
  const gzipped = (file, stat) => {
    const key = `${stat.size}:${stat.mtimeMs}`;
    const kept = compressed.get(file);
    if (kept?.key === key) return kept.body;
    const body = gzipSync(readFileSync(file));
    compressed.set(file, { key, body });
    return body;
  };

  return createServer((req, res) => {
    const send = (status, headers, body) => {
      res.writeHead(status, { ...extra, ...headers });
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, { 'content-type': 'text/plain' }, 'method not allowed');
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(400, { 'content-type': 'text/plain' }, 'bad request');
    }
    if (pathname.includes('\0')) return send(400, { 'content-type': 'text/plain' }, 'bad request');
    // "/docs/tools/pop-lab" without its slash: redirect, as static hosts do,
    // so relative URLs in the page resolve inside the folder.
    const bare = table.find((m) => `${pathname}/` === m.prefix && m.prefix !== '/');
    if (bare) return send(301, { location: bare.prefix }, '');
    const mount = table.find((m) => pathname.startsWith(m.prefix));
    if (!mount) return send(404, { 'content-type': 'text/plain' }, 'not found');
    let file = resolve(join(mount.dir, pathname.slice(mount.prefix.length)));
    if (file !== mount.dir && !file.startsWith(mount.dir + sep)) return send(404, { 'content-type': 'text/plain' }, 'not found');
    let stat;
    try {
      stat = statSync(file);
      if (stat.isDirectory()) {
        if (!pathname.endsWith('/')) return send(301, { location: `${pathname}/` }, '');
        file = join(file, 'index.html');
        stat = statSync(file);
      }
    } catch {
      return send(404, { 'content-type': 'text/plain' }, 'not found');
    }
    if (!stat.isFile()) return send(404, { 'content-type': 'text/plain' }, 'not found');
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const gzip = options.gzip === true && /^(text\/|application\/(json|manifest|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    let body;
    try {
      body = gzip ? gzipped(file, stat) : undefined;
    } catch {
      return send(404, { 'content-type': 'text/plain' }, 'not found');
    }
    res.writeHead(200, {
      ...extra,
      'content-type': type,
      ...(body ? { 'content-encoding': 'gzip', vary: 'accept-encoding', 'content-length': String(body.length) } : { 'content-length': String(stat.size) }),
      // Tests rebuild between runs: never let a cached copy hide a change.
      'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD') return res.end();
    if (body) res.end(body);
    else createReadStream(file).pipe(res);
  });
}

function parseArgs(argv) {
  const mounts = [];
  let port = 4179;
  let host = '127.0.0.1';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') port = Number(argv[++i]);
    else if (arg === '--host') host = argv[++i];
    else if (arg === '--mount') {
      const [prefix, dir] = String(argv[++i]).split('=');
      if (!prefix?.startsWith('/') || !dir) throw new Error(`--mount takes /prefix/=folder, not "${argv[i]}"`);
      mounts.push({ prefix, dir });
    } else throw new Error(`unknown argument "${arg}"`);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port takes a port number');
  if (mounts.length === 0) mounts.push({ prefix: '/', dir: 'dist' });
  return { mounts, port, host };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { mounts, port, host } = parseArgs(process.argv.slice(2));
  const server = createStaticServer(mounts);
  server.listen(port, host, () => {
    console.log(`serving on http://${host}:${port}/`);
    for (const m of mounts) console.log(`  ${m.prefix} -> ${m.dir}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
