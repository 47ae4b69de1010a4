import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { createStaticServer } from '../../scripts/static-server.mjs';

// The bench's and the browser tests' static server (scripts/static-server.mjs).
const dir = mkdtempSync(join(tmpdir(), 'pop-lab-static-'));
const server = createStaticServer([{ prefix: '/', dir }], { gzip: true });
let base = '';

function get(path: string, gzip: boolean): Promise<{ status: number; encoding?: string; length?: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { headers: gzip ? { 'accept-encoding': 'gzip' } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, encoding: res.headers['content-encoding'], length: res.headers['content-length'], body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('static server: compressed answers kept as a host keeps them (issue 12, npm run bench)', () => {
  it('answers text gzip-compressed, with its length, to a client that accepts it, and plain to one that does not', async () => {
    writeFileSync(join(dir, 'a.js'), 'export const a = 1;\n'.repeat(50));
    const zipped = await get('/a.js', true);
    expect(zipped.encoding).toBe('gzip');
    expect(Number(zipped.length)).toBe(zipped.body.length);
    expect(gunzipSync(zipped.body).toString()).toBe('export const a = 1;\n'.repeat(50));
    const plain = await get('/a.js', false);
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toBe('export const a = 1;\n'.repeat(50));
  });

  it('never answers a kept copy of a file that changed since (a rebuild between test runs)', async () => {
    const file = join(dir, 'b.css');
    writeFileSync(file, 'a { color: red }');
    expect(gunzipSync((await get('/b.css', true)).body).toString()).toBe('a { color: red }');
    writeFileSync(file, 'a { color: blue }');
    // A new size or a new time is a new file (here both).
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(gunzipSync((await get('/b.css', true)).body).toString()).toBe('a { color: blue }');
  });

  it('still answers 404 for a missing file', async () => {
    expect((await get('/missing.js', true)).status).toBe(404);
  });
});
