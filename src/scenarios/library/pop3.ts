/**
 * Built-in POP3 scenarios (RFC 1939), one per applicable row of the failure
 * catalogue (reference §8), in each mode the row concerns. The first session
 * (the app's default scenario) lives in default.ts, outside this module, so the
 * app's first load does not carry the whole library.
 */
import type { ScenarioInput } from '../format.ts';
import { LATER, MUCH_LATER, THREE_MESSAGES, day } from './common.ts';

const base = { version: 2 as const, protocol: 'pop3' as const, maildrop: THREE_MESSAGES };

/** Message 2 has a body line that is exactly "." (sent as ".." by a conformant server, RFC 1939 §3). */
const DOT_LINE_MESSAGES: NonNullable<ScenarioInput['maildrop']> = [
  THREE_MESSAGES[0]!,
  { subject: 'Sign-off', from: 'Carol <carol@example.org>', body: 'The list ends with a lone dot:\n.\nand this line comes after it.' },
  THREE_MESSAGES[2]!,
];

export const POP3_SCENARIOS: readonly ScenarioInput[] = [
  {
    ...base,
    id: 'f1-drop-mid-retr-delete',
    byMode: {
      keep: {
        title: 'F1: the connection dies in the middle of RETR (leave on server)',
        summary: 'The connection is reset after 40 octets of message 1 have arrived. The client discards the partial copy and does not remember its UID, so the next poll fetches that message again, and only what the device does not have yet (RFC 1939 §7).',
      },
    },
    catalogue: 'F1',
    title: 'F1: the connection dies in the middle of RETR (delete on download)',
    summary:
      'The connection is reset after 40 octets of message 1 have arrived. The client never sees the CRLF.CRLF terminator, so it discards the partial copy; no DELE was sent and no QUIT, so nothing is removed (RFC 1939 §3, §6). The next poll fetches everything: nothing lost, nothing doubled.',
    devices: [{ name: 'Laptop', retention: 'delete', polls: [0, LATER] }],
    faults: [{ kind: 'drop-connection', placement: { atOctet: 40, direction: 's2c', during: 'RETR' } }],
    expect: { delivered: 3, duplicated: 0, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'f1-drop-mid-retr-keep',
    catalogue: 'F1',
    title: 'F1: the connection dies in the middle of RETR (leave on server)',
    summary:
      'Leave-on-server with UIDL: the cut transfer is discarded and its UID is not remembered, so the next poll fetches that message again, and only the messages the device does not have yet (RFC 1939 §7).',
    devices: [{ name: 'Laptop', retention: 'keep', polls: [0, LATER] }],
    faults: [{ kind: 'drop-connection', placement: { atOctet: 40, direction: 's2c', during: 'RETR' } }],
    expect: { delivered: 3, duplicated: 0, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'f2-drop-before-dele',
    catalogue: 'F2',
    title: 'F2: the connection is reset after a complete RETR, before DELE',
    byMode: {
      keep: {
        summary:
          'Message 1 arrives whole and is saved, then the connection is reset. In leave-on-server mode the client never sends DELE; it remembers the UID once the copy is on disk (RFC 1939 §7), so the next poll fetches only what it does not have.',
      },
    },
    summary:
      'Message 1 arrives whole and is saved, then the connection is reset before the client can send DELE 1. The server keeps it (no mark, no UPDATE), so the next poll downloads it a second time: a duplicate, never a loss.',
    devices: [{ name: 'Laptop', retention: 'delete', polls: [0, LATER] }],
    faults: [{ kind: 'drop-connection', placement: { onCommand: 'DELE', when: 'sent' } }],
    expect: { delivered: 2, duplicated: 1, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'f3-drop-before-quit',
    catalogue: 'F3',
    title: 'F3: the connection is reset after every DELE, before QUIT',
    byMode: {
      keep: {
        title: 'F3: the connection is reset before QUIT (leave on server)',
        summary:
          'All three messages are saved and their UIDs remembered, then the connection is reset before QUIT. In leave-on-server mode nothing was marked, so there is nothing to commit: the UIDs tell the next poll that the device already has them (RFC 1939 §7).',
      },
    },
    summary:
      'All three messages are saved and marked with DELE, then the connection is reset before QUIT. A conformant server MUST NOT enter UPDATE (RFC 1939 §6): the marks are forgotten and all three come again on the next poll. Duplicates, not loss.',
    devices: [{ name: 'Laptop', retention: 'delete', polls: [0, LATER] }],
    faults: [{ kind: 'drop-connection', placement: { onCommand: 'DELE', when: 'replied', occurrence: 3 } }],
    expect: { delivered: 0, duplicated: 3, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'f3-drop-before-quit-expunge',
    catalogue: 'F3',
    personality: 'expunge-on-dele',
    title: 'F3 on a non-conformant server that expunges on DELE',
    summary:
      'The same reset before QUIT, but this server removes a message the moment DELE arrives instead of in UPDATE. The client had saved each copy durably first, so nothing is doubled and nothing lost; but the server no longer gives the learner a second chance (see the crash variant).',
    devices: [{ name: 'Laptop', retention: 'delete', polls: [0, LATER] }],
    faults: [{ kind: 'drop-connection', placement: { onCommand: 'DELE', when: 'replied', occurrence: 3 } }],
    expect: { delivered: 3, duplicated: 0, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'f3-crash-before-quit-expunge',
    catalogue: 'F3',
    personality: 'expunge-on-dele',
    title: 'F3: the mail app crashes before QUIT, on a server that expunges on DELE',
    summary:
      'The client sends DELE before its copies reach the disk, then the app crashes before QUIT; its operating system closes the connection. On a conformant server the session would end without UPDATE and the mail would still be there; this server already removed each message at DELE, so the only copies were in the crashed app\'s memory.',
    devices: [{ name: 'Laptop', retention: 'delete', commitOrder: 'unsafe', writeDelayTicks: 100_000, polls: [0, LATER] }],
    faults: [{ kind: 'crash-client', placement: { onCommand: 'DELE', when: 'replied', occurrence: 3 } }],
    expect: { delivered: 0, duplicated: 0, lost: 3, gap: 0 },
  },
  {
    ...base,
    id: 'f3-crash-before-quit-rfc',
    byMode: {
      keep: { summary: 'In leave-on-server mode the client sends no DELE, so the moment this fault waits for (the reply to a DELE) never comes and the session runs normally: the laptop downloads each message once and leaves it on the server.' },
    },
    catalogue: 'F3',
    title: 'F3: the mail app crashes before QUIT, on a conformant server',
    summary:
      'The same careless client\'s app crashes before QUIT, but this server only marked the messages. The server notices the closed connection: no QUIT, no UPDATE (RFC 1939 §6). The next poll downloads all three again.',
    devices: [{ name: 'Laptop', retention: 'delete', commitOrder: 'unsafe', writeDelayTicks: 100_000, polls: [0, LATER] }],
    faults: [{ kind: 'crash-client', placement: { onCommand: 'DELE', when: 'replied', occurrence: 3 } }],
    expect: { delivered: 3, duplicated: 0, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'f4-quit-lost',
    catalogue: 'F4',
    title: 'F4: the connection goes silent just as QUIT is sent',
    summary:
      'The client sends QUIT, but the connection has gone silent (a Wi-Fi hand-over): the command never arrives and neither end is told. The client gives up after its timeout. The server never leaves TRANSACTION; it closes the session on autologout without UPDATE (RFC 1939 §3, §6), holding its lock until then (§4). The next poll downloads all three again.',
    devices: [{ name: 'Laptop', retention: 'delete', polls: [0, MUCH_LATER] }],
    faults: [{ kind: 'connection-silent', placement: { onCommand: 'QUIT', when: 'sent' } }],
    expect: { delivered: 0, duplicated: 3, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'f5-quit-reply-lost',
    catalogue: 'F5',
    title: 'F5: the connection dies after the server reads QUIT, before its reply arrives',
    summary:
      'The server reads QUIT, enters UPDATE and removes the marked messages; then the connection is reset and its +OK never arrives. The client cannot tell whether the deletions happened, but its copies were already durable, so no harm is done.',
    devices: [{ name: 'Laptop', retention: 'delete', polls: [0, LATER] }],
    faults: [{ kind: 'drop-connection', placement: { onCommand: 'QUIT', when: 'delivered' } }],
    expect: { delivered: 3, duplicated: 0, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'f6-update-partly-fails',
    catalogue: 'F6',
    personality: 'update-fails',
    title: 'F6: QUIT on a server whose UPDATE can fail part-way',
    summary:
      'The client saves and DELEs all three messages and sends QUIT. In UPDATE this server removes only message 1 and answers "-ERR some deleted messages not removed", which RFC 1939 §6 allows. It still releases the lock and closes the connection; messages nobody DELEted are never touched. The client cannot know which ones survived, so its next poll downloads messages 2 and 3 again: duplicates, not loss. (That UPDATE fails part-way too, so message 3 is still on the server afterwards.)',
    devices: [{ name: 'Laptop', retention: 'delete', polls: [0, LATER] }],
    expect: { delivered: 1, duplicated: 2, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'f7-crash-before-durable-delete',
    byMode: {
      keep: {
        title: 'F7: a power loss after QUIT, before the copies are on disk (leave on server, unsafe order)',
        summary: 'In leave-on-server mode the client "commits" by recording each UID (RFC 1939 §7). This unsafe client records it before the copy is on disk, so after the power loss the laptop remembers mail it does not have and never asks for it again, although the server still holds it.',
      },
    },
    catalogue: 'F7',
    title: 'F7: the laptop loses power after QUIT, before its copies are on disk',
    summary:
      'This client sends DELE as soon as a message is in memory (unsafe order) and its disk write takes long. The session commits at QUIT, then the laptop loses power: the server removed the messages and the only copies vanished with the laptop\'s memory. Commit only after durable storage.',
    devices: [{ name: 'Laptop', retention: 'delete', commitOrder: 'unsafe', writeDelayTicks: 100_000 }],
    faults: [{ kind: 'device-power-loss', placement: { onCommand: 'QUIT', when: 'replied' } }],
    expect: { delivered: 0, duplicated: 0, lost: 3, gap: 0 },
  },
  {
    ...base,
    id: 'f7-crash-before-durable-keep',
    catalogue: 'F7',
    title: 'F7: a power loss after QUIT, before the copies are on disk (leave on server)',
    summary:
      'The same power loss after QUIT, before the copies reach the disk, but in leave-on-server mode the client never sends DELE, and it records a UID only once that copy is durable. The server still has every message and the device has no memory of them, so the next poll fetches them again.',
    devices: [{ name: 'Laptop', retention: 'keep', commitOrder: 'safe', writeDelayTicks: 100_000, polls: [0, LATER] }],
    faults: [{ kind: 'device-power-loss', placement: { onCommand: 'QUIT', when: 'replied' } }],
    expect: { delivered: 3, duplicated: 0, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'f8-pipelined-crash',
    catalogue: 'F8',
    title: 'F8: pipelined RETR and DELE, then a power loss',
    summary:
      'With PIPELINING (RFC 2449 §6.6) the client sends RETR n and DELE n together, so the delete request leaves before the message has even arrived, let alone reached the disk. A power loss after the QUIT commit loses every message.',
    devices: [{ name: 'Laptop', retention: 'delete', commitOrder: 'pipelined', writeDelayTicks: 100_000 }],
    faults: [{ kind: 'device-power-loss', placement: { onCommand: 'QUIT', when: 'replied' } }],
    expect: { delivered: 0, duplicated: 0, lost: 3, gap: 0 },
  },
  {
    ...base,
    id: 'f9-idle-autologout',
    byMode: {
      keep: { summary: 'In leave-on-server mode the client sends no DELE, so the moment this fault waits for (the reply to a DELE) never comes and the session runs normally: the laptop downloads each message once and leaves it on the server.' },
    },
    catalogue: 'F9',
    title: 'F9: the client idles past the autologout timer',
    summary:
      'After marking every message the client stalls. The server\'s autologout timer (at least 10 minutes, RFC 1939 §3) closes the session without entering UPDATE, so the marks are dropped and the next poll brings all three again.',
    devices: [{ name: 'Laptop', retention: 'delete', polls: [0, MUCH_LATER] }],
    // 'replied': the client goes silent between DELE 3's +OK and its QUIT, so it never sends QUIT.
    faults: [{ kind: 'idle-past-autologout', placement: { onCommand: 'DELE', when: 'replied', occurrence: 3 } }],
    expect: { delivered: 0, duplicated: 3, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'f10-two-devices-delete',
    byMode: {
      keep: {
        title: 'F10/F11: two devices, both leaving mail on the server',
        summary: 'Both devices leave the mail on the server and each keeps its own list of UIDs (RFC 1939 §7), so each downloads every message once.',
      },
    },
    catalogue: 'F10',
    title: 'F10: two devices, both set to delete on download',
    summary:
      'The laptop polls first, downloads and deletes everything. When the phone polls, the maildrop is empty: the phone never sees the mail. Nothing is lost (the laptop has it), but one device has a gap. This is inherent to download-and-delete (RFC 2449 §7).',
    devices: [
      { name: 'Laptop', retention: 'delete', polls: [0] },
      { name: 'Phone', retention: 'delete', polls: [LATER] },
    ],
    expect: { delivered: 0, duplicated: 0, lost: 0, gap: 3 },
  },
  {
    ...base,
    id: 'f11-f14-retention-gap',
    catalogue: 'F11/F14',
    personality: 'retention-days 30',
    title: 'F11/F14: leave on server, but the server keeps mail only 30 days',
    summary:
      'Both devices leave mail on the server; the phone is set to keep it 60 days. The server\'s own retention is 30 days (RFC 1939 §8, announced as EXPIRE in RFC 2449 §6.7). The laptop gets everything on day 0; the phone stays offline for 40 days and finds the messages gone.',
    devices: [
      { name: 'Laptop', retention: 'keep', polls: [0] },
      { name: 'Phone', retention: 'keep', keepDays: 60, polls: [day(40)] },
    ],
    expect: { delivered: 0, duplicated: 0, lost: 0, gap: 3 },
  },
  {
    ...base,
    id: 'f11-deleted-here',
    catalogue: 'F11',
    title: 'Thunderbird: "delete from the server when I delete it here"',
    summary:
      'Both devices leave mail on the server. On day 1 the user reads message 2 on the laptop and deletes it there. The laptop\'s client is set, as Thunderbird can be, to delete from the server what the user deletes locally, so its poll on day 2 sends DELE for it, committed by QUIT (RFC 1939 §6). The phone polls on day 5 and never sees message 2: for every message deleted on one device, the gap of delete-on-download comes back.',
    devices: [
      { name: 'Laptop', retention: 'keep', deleteWhenDeletedLocally: true, deletesLocally: [{ message: 2, atTick: day(1) }], polls: [0, day(2)] },
      { name: 'Phone', retention: 'keep', polls: [day(5)] },
    ],
    expect: { delivered: 2, duplicated: 0, lost: 0, gap: 1 },
  },
  {
    ...base,
    id: 'f12-in-use',
    catalogue: 'F12',
    title: 'F12: a second device logs in while the first holds the lock',
    summary:
      'The laptop\'s session holds the exclusive maildrop lock (RFC 1939 §4). The phone logs in at the same moment and gets -ERR [IN-USE] (RFC 2449 §8.1.2). It tries again later and, since both leave mail on the server, gets everything.',
    devices: [
      { name: 'Laptop', retention: 'keep', polls: [0] },
      { name: 'Phone', retention: 'keep', polls: [30, LATER] },
    ],
    expect: { delivered: 3, duplicated: 0, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'f13-expire-0-keep',
    catalogue: 'F13',
    personality: 'download-once',
    title: 'F13: a download-once server (EXPIRE 0) and clients set to keep',
    summary:
      'The clients ask to leave mail on the server, but this server removes every retrieved message at the clean QUIT (EXPIRE 0, RFC 2449 §6.7). The laptop\'s copies are now the only ones; the phone, polling later, never gets the mail.',
    devices: [
      { name: 'Laptop', retention: 'keep', polls: [0] },
      { name: 'Phone', retention: 'keep', polls: [LATER] },
    ],
    expect: { delivered: 0, duplicated: 0, lost: 0, gap: 3 },
  },
  {
    ...base,
    id: 'f15-no-uidl-server-keep',
    catalogue: 'F15',
    personality: 'no-uidl',
    title: 'F15: leave on server, but the server has no UIDL',
    summary:
      'UIDL is optional (RFC 1939 §7). Without it a leave-on-server client cannot tell old mail from new, so every poll downloads every message again.',
    devices: [{ name: 'Laptop', retention: 'keep', polls: [0, LATER] }],
    expect: { delivered: 0, duplicated: 3, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'f15-client-without-uidl',
    catalogue: 'F15',
    title: 'F15: leave on server with a client that never asks UIDL',
    summary:
      'The server offers UIDL but this client does not use it, so it keeps no memory of what it already has: every poll downloads everything again.',
    devices: [{ name: 'Laptop', retention: 'keep', useUidl: false, polls: [0, LATER] }],
    expect: { delivered: 0, duplicated: 3, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'f16-uids-reassigned',
    catalogue: 'F16',
    personality: 'uids-reassigned',
    title: 'F16: the server reassigns its UIDs (migration, index rebuild)',
    summary:
      'Leave-on-server depends on unique-ids that persist across sessions (RFC 1939 §7). This server hands out new UIDs in every session, as one does after a migration or an index rebuild. The client compares the new UIDL listing with the UIDs it remembers, finds none of them, and downloads every message again: duplicates of everything.',
    devices: [{ name: 'Laptop', retention: 'keep', polls: [0, LATER] }],
    expect: { delivered: 0, duplicated: 3, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'f18-stale-number',
    catalogue: 'F18',
    title: 'F18: deleting by a message number from an earlier session',
    summary:
      'Message numbers last only one session (RFC 1939 §4). This buggy client remembers "delete message 2" from last week and sends DELE 2 after login; in this session number 2 is a message it has never seen. It is removed at QUIT: lost.',
    devices: [{ name: 'Laptop', retention: 'keep', staleDeleteNumbers: [2] }],
    expect: { delivered: 2, duplicated: 0, lost: 1, gap: 0 },
  },
  {
    ...base,
    id: 'f19-no-dot-stuffing-delete',
    catalogue: 'F19',
    personality: 'no-dot-stuffing',
    maildrop: DOT_LINE_MESSAGES,
    title: 'F19: a server that forgets to dot-stuff (delete on download)',
    summary:
      'Message 2 has a body line that is just ".". RFC 1939 §3 says the server must send it as ".."; this non-conformant server sends it as is, so the client takes it for the end of the data: its copy of message 2 is cut short, and the rest of the message arrives as if it were replies. The client gives up on the garbled session without QUIT, so nothing is removed (§6): message 1 comes again next time (a duplicate), message 2 is only ever truncated, and message 3 is never reached. POP1 and POP2 frame messages by their octet count, not by a "." line, so they are not affected.',
    devices: [{ name: 'Laptop', retention: 'delete', polls: [0, LATER] }],
    expect: { delivered: 0, duplicated: 1, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'f19-no-dot-stuffing-keep',
    catalogue: 'F19',
    personality: 'no-dot-stuffing',
    maildrop: DOT_LINE_MESSAGES,
    title: 'F19: a server that forgets to dot-stuff (leave on server)',
    summary:
      'The same server without byte-stuffing (RFC 1939 §3). The leave-on-server client saves the truncated message 2 as if it were whole and remembers its UID (§7), so it never asks for it again: the device holds only a corrupt copy while the full message stays on the server. POP1 and POP2 are count-framed and not affected.',
    devices: [{ name: 'Laptop', retention: 'keep', polls: [0, LATER] }],
    expect: { delivered: 2, duplicated: 0, lost: 0, gap: 1 },
  },  {
    ...base,
    id: 'f20-login-delay',
    catalogue: 'F20',
    personality: 'login-delay 300',
    title: 'F20: polling faster than LOGIN-DELAY',
    summary:
      'This server announces LOGIN-DELAY 300 in CAPA (RFC 2449 §6.5): a user may log in at most once every 5 minutes. The laptop logs in first and leaves the mail on the server. One minute later the phone, same user, sends the right password and still gets -ERR [LOGIN-DELAY] (§8.1.1): the mail waits on the server. Its next poll, after the delay, succeeds. Nothing is lost or doubled; mail only arrives later.',
    devices: [
      { name: 'Laptop', retention: 'keep', polls: [0] },
      { name: 'Phone', retention: 'keep', polls: [60_000, 400_000] },
    ],
    expect: { delivered: 3, duplicated: 0, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'f12-silent-connection-in-use',
    byMode: {
      keep: { summary: 'In leave-on-server mode the client sends no DELE, so the moment this fault waits for (the reply to a DELE) never comes and the session runs normally: the laptop downloads each message once and leaves it on the server.' },
    },
    catalogue: 'F12',
    title: 'F12: the connection goes silent mid-session; the laptop keeps polling',
    summary:
      'After two DELEs the connection goes silent (a NAT router forgets it): half-open. The laptop hears nothing and gives up after its 60-second timeout; the server is never told and keeps the session and its maildrop lock until its autologout timer fires (RFC 1939 §3). Every poll until then gets -ERR [IN-USE] (RFC 2449 §8.1.2). The stale session never reaches UPDATE, so its marks are dropped and the two messages come again.',
    devices: [{ name: 'Laptop', retention: 'delete', polls: [0, 120_000, 300_000, LATER] }],
    faults: [{ kind: 'connection-silent', placement: { onCommand: 'DELE', when: 'replied', occurrence: 2 } }],
    expect: { delivered: 1, duplicated: 2, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'crash-app-before-quit',
    byMode: {
      keep: { summary: 'In leave-on-server mode the client sends no DELE, so the moment this fault waits for (the reply to a DELE) never comes and the session runs normally: the laptop downloads each message once and leaves it on the server.' },
    },
    catalogue: 'F3',
    title: 'The mail app crashes before QUIT; the laptop polls a minute later',
    summary:
      'The app crashes after its DELEs, before QUIT. Its operating system closes the connection, so the server notices at once: it ends the session without UPDATE (RFC 1939 §6) and releases the lock. The poll a minute later logs in normally and fetches the three messages again. Compare the power-loss scenario.',
    devices: [{ name: 'Laptop', retention: 'delete', polls: [0, 60_000] }],
    faults: [{ kind: 'crash-client', placement: { onCommand: 'DELE', when: 'replied', occurrence: 3 } }],
    expect: { delivered: 0, duplicated: 3, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'power-loss-before-quit',
    byMode: {
      keep: { summary: 'In leave-on-server mode the client sends no DELE, so the moment this fault waits for (the reply to a DELE) never comes and the session runs normally: the laptop downloads each message once and leaves it on the server.' },
    },
    catalogue: 'F12',
    title: 'The laptop loses power before QUIT; it polls a minute later',
    summary:
      'The same moment, but the laptop loses power: nobody tells the server, which keeps the half-open session and its lock until autologout (RFC 1939 §3). The poll a minute later gets -ERR [IN-USE] (RFC 2449 §8.1.2); the one after autologout fetches the three messages again. Compare the app-crash scenario.',
    devices: [{ name: 'Laptop', retention: 'delete', polls: [0, 60_000, LATER] }],
    faults: [{ kind: 'device-power-loss', placement: { onCommand: 'DELE', when: 'replied', occurrence: 3 } }],
    expect: { delivered: 0, duplicated: 3, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'server-crash-downtime',
    byMode: {
      keep: { summary: 'In leave-on-server mode the client sends no DELE, so the moment this fault waits for (the reply to a DELE) never comes and the session runs normally: the laptop downloads each message once and leaves it on the server.' },
    },
    catalogue: 'F3',
    title: 'The server crashes before QUIT and is down for two minutes',
    summary:
      'The server crashes after the three DELEs. Every session ends without its commit, so nothing is removed (RFC 1939 §6); the maildrop stays as last committed. While the server is down, the laptop\'s poll is refused; it tries again at its next poll, after the restart, and fetches the three messages again.',
    devices: [{ name: 'Laptop', retention: 'delete', polls: [0, 60_000, 180_000] }],
    faults: [{ kind: 'crash-server', downtimeTicks: 120_000, placement: { onCommand: 'DELE', when: 'replied', occurrence: 3 } }],
    expect: { delivered: 0, duplicated: 3, lost: 0, gap: 0 },
  },
  {
    ...base,
    id: 'lost-segment-retransmitted',
    title: 'A segment of a RETR reply is lost on the wire',
    summary:
      'Part of message 1 is lost on its way to the laptop. TCP notices the missing acknowledgement and sends it again after its retransmission timeout (RFC 6298 §5): the message arrives a second late but complete, and everything behind it waits its turn. A lost segment is a delay, not lost data.',
    devices: [{ name: 'Laptop', retention: 'delete' }],
    faults: [{ kind: 'lose-segment', direction: 's2c', placement: { atOctet: 40, direction: 's2c', during: 'RETR' } }],
    expect: { delivered: 3, duplicated: 0, lost: 0, gap: 0 },
  },
];
