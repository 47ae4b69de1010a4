/**
 * Built-in POP1 scenarios (RFC 918): the whole mailbox moves as one block.
 * RDEL (read and delete) or RETR (read and keep), RCEV for the data, then
 * RCVD; the server deletes when it handles RCVD after an RDEL.
 */
import type { ScenarioInput } from '../format.ts';
import { LATER, THREE_MESSAGES } from './common.ts';

const base = { version: 2 as const, protocol: 'pop1' as const, maildrop: THREE_MESSAGES };

export const POP1_SCENARIOS: readonly ScenarioInput[] = [
  {
    ...base,
    id: 'pop1-rdel-session',
    title: 'POP1: a normal session with RDEL and RCVD',
    summary:
      'USER and PASS, then RDEL opens and locks the mailbox and the server answers #xxx, the size of the whole mailbox in characters. RCEV asks for the data; RCVD says "received and accepted", and only then does the server delete the mailbox contents (RFC 918 "The Protocol").',
    devices: [{ name: 'Laptop', retention: 'delete' }],
    expect: { delivered: 3, duplicated: 0, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'pop1-drop-mid-transfer',
    catalogue: 'F1',
    title: 'POP1 F1: the connection dies during the mailbox transfer',
    summary:
      'Fewer characters than announced arrive, so the block is incomplete and discarded. No RCVD was sent, so the server deleted nothing and the whole mailbox comes again next time.',
    devices: [{ name: 'Laptop', retention: 'delete', polls: [0, LATER] }],
    faults: [{ kind: 'drop-connection', placement: { atOctet: 40, direction: 's2c', during: 'RCEV' } }],
    expect: { delivered: 3, duplicated: 0, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'pop1-drop-before-rcvd',
    catalogue: 'F2',
    title: 'POP1 F2: the connection is reset after the data, before RCVD',
    summary:
      'The whole mailbox arrived and was saved, but the connection was reset as the RCVD left the client, so it never arrived. The server deleted nothing, so the next session transfers the entire mailbox again: every message is duplicated.',
    devices: [{ name: 'Laptop', retention: 'delete', polls: [0, LATER] }],
    faults: [{ kind: 'drop-connection', placement: { onCommand: 'RCVD', when: 'sent' } }],
    expect: { delivered: 0, duplicated: 3, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'pop1-crash-before-durable',
    catalogue: 'F7',
    title: 'POP1 F7: RCVD before the block is durable, then a power loss',
    summary:
      'The client confirms with RCVD while the mailbox is only in memory; the server deletes it. A power loss before the disk write loses the whole mailbox.',
    devices: [{ name: 'Laptop', retention: 'delete', commitOrder: 'unsafe', writeDelayTicks: 100_000 }],
    faults: [{ kind: 'device-power-loss', placement: { onCommand: 'QUIT', when: 'replied' } }],
    expect: { delivered: 0, duplicated: 0, lost: 3, gap: 0 },
  },
  {
    ...base,
    id: 'pop1-keep-retr',
    catalogue: 'F15',
    title: 'POP1: keeping mail with RETR, polled twice',
    summary:
      'RETR reads the whole mailbox and keeps it. POP1 has no message identity between sessions, so every poll transfers the entire mailbox again.',
    devices: [{ name: 'Laptop', retention: 'keep', polls: [0, LATER] }],
    expect: { delivered: 0, duplicated: 3, lost: 0, gap: 0 },
  },  {
    ...base,
    id: 'pop1-rcvd-refused',
    catalogue: 'F21',
    personality: 'read-only',
    title: 'POP1 F21: RCVD on a server without write access',
    summary:
      'This server has no write access to the mailbox. The client reads the mailbox with RDEL and RCEV and confirms with RCVD, but the server answers -ERR: the mail was not deleted (RFC 918 "RCVD"). It ends the transaction and unlocks the mailbox, and the next poll transfers the whole mailbox again: duplicates, never loss.',
    devices: [{ name: 'Laptop', retention: 'delete', polls: [0, LATER] }],
    expect: { delivered: 0, duplicated: 3, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'pop1-keep-partial',
    catalogue: 'F1',
    title: 'POP1 F1 with a client that keeps the partial mailbox',
    summary:
      'The same cut during the mailbox transfer, but this careless client keeps whatever arrived instead of discarding it. No RCVD was sent, so the server deleted nothing and the whole mailbox comes again next time: the message that had arrived whole before the cut is now on the laptop twice.',
    devices: [{ name: 'Laptop', retention: 'delete', keepPartial: true, polls: [0, LATER] }],
    faults: [{ kind: 'drop-connection', placement: { atOctet: 300, direction: 's2c', during: 'RCEV' } }],
    expect: { delivered: 2, duplicated: 1, lost: 0, gap: 0 },
  },
];
