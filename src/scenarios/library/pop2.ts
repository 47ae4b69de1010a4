/**
 * Built-in POP2 scenarios (RFC 937): one message at a time, HELO, READ,
 * RETR, then ACKD (delete), ACKS (keep) or NACK. ACKD only marks; the marks
 * take effect when the mailbox is released at QUIT (RFC 937 "ACKD").
 */
import type { ScenarioInput } from '../format.ts';
import { LATER, THREE_MESSAGES } from './common.ts';

const base = { version: 2 as const, protocol: 'pop2' as const, maildrop: THREE_MESSAGES };

export const POP2_SCENARIOS: readonly ScenarioInput[] = [
  {
    ...base,
    id: 'pop2-ackd-session',
    title: 'POP2: a normal session with ACKD',
    summary:
      'HELO logs in and the server answers with the message count (#3). For each message the client sends READ (answer =ccc, the length), RETR (the data, counted, no terminator) and ACKD: received, please delete. The deletions happen when the mailbox is released at QUIT.',
    devices: [{ name: 'Laptop', retention: 'delete' }],
    expect: { delivered: 3, duplicated: 0, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'pop2-drop-mid-retr',
    catalogue: 'F1',
    title: 'POP2 F1: the connection dies during RETR',
    summary:
      'The client counts the announced =ccc characters and gets fewer, so the copy is incomplete and is discarded. The message was never ACKD\'d, so the next poll fetches it again.',
    devices: [{ name: 'Laptop', retention: 'delete', polls: [0, LATER] }],
    faults: [{ kind: 'drop-connection', placement: { atOctet: 40, direction: 's2c', during: 'RETR' } }],
    expect: { delivered: 3, duplicated: 0, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'pop2-drop-before-ackd',
    catalogue: 'F2',
    title: 'POP2 F2: the connection is reset after the data, before ACKD',
    summary:
      'Message 1 arrived whole and was saved, but the connection was reset as the ACKD left the client, so it never arrived. The server keeps the message and sends it again next time: a duplicate.',
    devices: [{ name: 'Laptop', retention: 'delete', polls: [0, LATER] }],
    faults: [{ kind: 'drop-connection', placement: { onCommand: 'ACKD', when: 'sent' } }],
    expect: { delivered: 2, duplicated: 1, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'pop2-drop-after-ackd',
    catalogue: 'F3',
    title: 'POP2 F3: the connection is reset after every ACKD, before QUIT (commit nothing)',
    summary:
      'RFC 937 does not say what an abort does to ACKD marks; implementations differ. This server is set to commit nothing on an abort, as a POP3 server must, so all three come again on the next poll: duplicates. Compare the same reset on a server that commits on release.',
    devices: [{ name: 'Laptop', retention: 'delete', polls: [0, LATER] }],
    faults: [{ kind: 'drop-connection', placement: { onCommand: 'ACKD', when: 'replied', occurrence: 3 } }],
    expect: { delivered: 0, duplicated: 3, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'pop2-crash-before-durable',
    catalogue: 'F7',
    title: 'POP2 F7: ACKD before the copy is durable, then a power loss',
    summary:
      'The client acknowledges each message with ACKD while it is still only in memory. QUIT releases the mailbox and the server deletes them; then the laptop loses power and the copies are gone.',
    devices: [{ name: 'Laptop', retention: 'delete', commitOrder: 'unsafe', writeDelayTicks: 100_000 }],
    faults: [{ kind: 'device-power-loss', placement: { onCommand: 'QUIT', when: 'replied' } }],
    expect: { delivered: 0, duplicated: 0, lost: 3, gap: 0 },
  },
  {
    ...base,
    id: 'pop2-keep-acks',
    catalogue: 'F15',
    title: 'POP2: keeping mail with ACKS, polled twice',
    summary:
      'ACKS means "received, keep it". POP2 servers keep no memory between sessions and POP2 has no UIDL (RFC 937 "Extensions Not Supported"), so the next poll downloads every message again.',
    devices: [{ name: 'Laptop', retention: 'keep', polls: [0, LATER] }],
    expect: { delivered: 0, duplicated: 3, lost: 0, gap: 0 },
  },  {
    ...base,
    id: 'pop2-ackd-read-only',
    catalogue: 'F21',
    personality: 'read-only',
    title: 'POP2 F21: ACKD on a server without write access',
    summary:
      'RFC 937 "ACKD": the message is deleted only if the user has write access to the mailbox, and the reply is the same either way. This read-only server answers each ACKD exactly as a normal one would, so the client believes the mail is gone; nothing was deleted, and the next poll downloads all three again.',
    devices: [{ name: 'Laptop', retention: 'delete', polls: [0, LATER] }],
    expect: { delivered: 0, duplicated: 3, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'pop2-drop-after-ackd-uw',
    catalogue: 'F3',
    pop2Abort: 'commit-on-release',
    title: 'POP2 F3: the same reset on a server that commits on release (UW ipop2d)',
    summary:
      'The same reset after every ACKD, before QUIT, but this server is set to commit on release: when the connection is lost it releases the mailbox as after QUIT, so the acknowledged messages are deleted, as UW ipop2d did. RFC 937 allows either. The client had saved each message before its ACKD, so nothing is doubled and nothing lost.',
    devices: [{ name: 'Laptop', retention: 'delete', polls: [0, LATER] }],
    faults: [{ kind: 'drop-connection', placement: { onCommand: 'ACKD', when: 'replied', occurrence: 3 } }],
    expect: { delivered: 3, duplicated: 0, lost: 0, gap: 0 },
  },
];
