/** POP2 (RFC 937) engine factories, in their own module so the browser can load them on demand (src/ui/simulator.ts). */
import { createPop2Server } from '../protocol/pop2/server.ts';
import { createPop2Client } from '../protocol/pop2/client.ts';
import type { EngineFactories } from './engines.ts';

export const POP2_ENGINES: EngineFactories = { createServer: createPop2Server, createClient: createPop2Client };
