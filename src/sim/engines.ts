/**
 * Maps a protocol to its engine factories. The simulator creates one server
 * session and one client agent per device session through these.
 */
import type { ClientAgent, ClientContext, ClientPolicy, Protocol, ServerOptions, ServerSession } from '../protocol/engine.ts';
import type { PostOffice } from '../protocol/maildrop.ts';
import { createPop3Server } from '../protocol/pop3/server.ts';
import { createPop3Client } from '../protocol/pop3/client.ts';
import { createPop2Server } from '../protocol/pop2/server.ts';
import { createPop2Client } from '../protocol/pop2/client.ts';
import { createPop1Server } from '../protocol/pop1/server.ts';
import { createPop1Client } from '../protocol/pop1/client.ts';

export interface EngineFactories {
  createServer(office: PostOffice, options: ServerOptions): ServerSession;
  createClient(policy: ClientPolicy, context: ClientContext): ClientAgent;
}

const POP3: EngineFactories = { createServer: createPop3Server, createClient: createPop3Client };
const POP2: EngineFactories = { createServer: createPop2Server, createClient: createPop2Client };
const POP1: EngineFactories = { createServer: createPop1Server, createClient: createPop1Client };

export function enginesFor(protocol: Protocol): EngineFactories {
  switch (protocol) {
    case 'pop3':
      return POP3;
    case 'pop2':
      return POP2;
    case 'pop1':
      return POP1;
  }
}
