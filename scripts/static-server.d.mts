// Types for static-server.mjs (plain JavaScript, run by node directly), for bench/lighthouse.ts.
import type { Server } from 'node:http';

export function createStaticServer(mounts: ReadonlyArray<{ prefix: string; dir: string }>, options?: { headers?: Record<string, string>; gzip?: boolean }): Server;
