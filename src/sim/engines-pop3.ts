/** POP3 (RFC 1939) engine factories: the only ones the app's first run needs (engines.ts). */
import { createPop3Server } from '../protocol/pop3/server.ts';
import { createPop3Client } from '../protocol/pop3/client.ts';
import type { EngineFactories } from './engines.ts';

export const POP3_ENGINES: EngineFactories = { createServer: createPop3Server, createClient: createPop3Client };
