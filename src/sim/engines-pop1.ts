/** POP1 (RFC 918) engine factories, in their own module so the browser can load them on demand (src/ui/simulator.ts). */
import { createPop1Server } from '../protocol/pop1/server.ts';
import { createPop1Client } from '../protocol/pop1/client.ts';
import type { EngineFactories } from './engines.ts';

export const POP1_ENGINES: EngineFactories = { createServer: createPop1Server, createClient: createPop1Client };
