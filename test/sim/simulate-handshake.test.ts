import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { type SegmentEvent, simulateHandshake } from '../../src/sim/simulate-handshake.js';

const segments = (dataLength = 0, isnClient = 1000, isnServer = 5000) =>
  simulateHandshake({ isnClient, isnServer, dataLength }).events.filter(
    (event): event is SegmentEvent => event.kind === 'segment',
  );

/** Each segment as "from flags seq ack len → client state / server state". */
const trace = (events: readonly SegmentEvent[]) =>
  events.map(
    (event) =>
      `${event.from} ${event.segment.flags.join(',')} ${event.segment.seq} ${event.segment.ack} ${event.segment.length} -> ${event.tcbs.client.state}/${event.tcbs.server.state}`,
  );

describe('simulateHandshake', () => {
  test('the handshake and close follow RFC 9293: SYN and FIN each use one number', () => {
    expect(trace(segments())).toEqual([
      'client SYN 1000 0 0 -> SYN-SENT/SYN-RECEIVED',
      'server SYN,ACK 5000 1001 0 -> ESTABLISHED/SYN-RECEIVED',
      'client ACK 1001 5001 0 -> ESTABLISHED/ESTABLISHED',
      'client FIN,ACK 1001 5001 0 -> FIN-WAIT-1/CLOSE-WAIT',
      'server ACK 5001 1002 0 -> FIN-WAIT-2/CLOSE-WAIT',
      'server FIN,ACK 5001 1002 0 -> TIME-WAIT/LAST-ACK',
      'client ACK 1002 5002 0 -> TIME-WAIT/CLOSED',
    ]);
  });

  test('a data segment advances the sequence number by its length', () => {
    expect(trace(segments(5)).slice(3, 6)).toEqual([
      'client PSH,ACK 1001 5001 5 -> ESTABLISHED/ESTABLISHED',
      'server ACK 5001 1006 0 -> ESTABLISHED/ESTABLISHED',
      'client FIN,ACK 1006 5001 0 -> FIN-WAIT-1/CLOSE-WAIT',
    ]);
  });

  test('the active closer waits in TIME-WAIT, then the 2 MSL timer closes it', () => {
    const { events } = simulateHandshake({ isnClient: 1, isnServer: 2 });
    const last = events.at(-1);
    const before = events.at(-2);
    expect(before?.tcbs.client.state).toBe('TIME-WAIT');
    expect(last?.kind === 'call' && [last.side, last.call]).toEqual([
      'client',
      'time-wait-timeout',
    ]);
    expect([last?.tcbs.client.state, last?.tcbs.server.state]).toEqual(['CLOSED', 'CLOSED']);
  });

  test('the server passes through LISTEN before the SYN arrives', () => {
    const [listen] = simulateHandshake({ isnClient: 1, isnServer: 2 }).events;
    expect(listen?.tcbs.server.state).toBe('LISTEN');
  });

  test('sequence numbers wrap at 2^32: an ISN of 4294967295 is followed by 0', () => {
    expect(trace(segments(0, 4294967295, 4294967295)).slice(0, 3)).toEqual([
      'client SYN 4294967295 0 0 -> SYN-SENT/SYN-RECEIVED',
      'server SYN,ACK 4294967295 0 0 -> ESTABLISHED/SYN-RECEIVED',
      'client ACK 0 0 0 -> ESTABLISHED/ESTABLISHED',
    ]);
  });

  fcTest.prop([fc.nat(2 ** 32 - 1), fc.nat(2 ** 32 - 1), fc.integer({ min: 0, max: 1460 })])(
    'for any ISNs and data length the final ACKs cover SYN, data and FIN',
    (isnClient, isnServer, dataLength) => {
      const events = segments(dataLength, isnClient, isnServer);
      const lastAck = events.at(-1)?.segment;
      expect(events).toHaveLength(dataLength > 0 ? 9 : 7);
      expect(lastAck?.seq).toBe((isnClient + 1 + dataLength + 1) % 2 ** 32);
      expect(lastAck?.ack).toBe((isnServer + 2) % 2 ** 32);
    },
  );
});
