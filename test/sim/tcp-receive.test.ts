import { describe, expect, test } from 'vitest';
import { close, connect, listen } from '../../src/sim/tcp-calls.js';
import { receiveSegment } from '../../src/sim/tcp-receive.js';
import { closedTcb, segment, type Tcb } from '../../src/sim/tcp-state.js';

const established: Tcb = {
  state: 'ESTABLISHED',
  iss: 100,
  sndUna: 101,
  sndNxt: 101,
  irs: 300,
  rcvNxt: 301,
};

describe('receiveSegment', () => {
  test('a closed port answers a SYN with RST,ACK covering the SYN', () => {
    expect(receiveSegment(closedTcb(0), segment(300, 0, ['SYN'])).send).toEqual([
      segment(0, 301, ['RST', 'ACK']),
    ]);
  });

  test('LISTEN answers a stray ACK with a reset at its ack number', () => {
    const { tcb } = listen(closedTcb(100));
    const outcome = receiveSegment(tcb, segment(300, 555, ['ACK']));
    expect([outcome.tcb.state, outcome.send]).toEqual(['LISTEN', [segment(555, 0, ['RST'])]]);
  });

  test('SYN-SENT resets a SYN,ACK that acknowledges something never sent', () => {
    const { tcb } = connect(closedTcb(100));
    const outcome = receiveSegment(tcb, segment(300, 999, ['SYN', 'ACK']));
    expect([outcome.tcb.state, outcome.send]).toEqual(['SYN-SENT', [segment(999, 0, ['RST'])]]);
  });

  test('a SYN meeting a SYN (simultaneous open) goes to SYN-RECEIVED with SYN,ACK', () => {
    const { tcb } = connect(closedTcb(100));
    const outcome = receiveSegment(tcb, segment(300, 0, ['SYN']));
    expect([outcome.tcb.state, outcome.send]).toEqual([
      'SYN-RECEIVED',
      [segment(100, 301, ['SYN', 'ACK'])],
    ]);
  });

  test('a segment that does not start at RCV.NXT is answered with an ACK and dropped', () => {
    const outcome = receiveSegment(established, segment(305, 101, ['PSH', 'ACK'], 5));
    expect([outcome.tcb, outcome.send]).toEqual([established, [segment(101, 301, ['ACK'])]]);
  });

  test('simultaneous close goes FIN-WAIT-1, CLOSING, then TIME-WAIT', () => {
    const closing = close(established).tcb;
    const peerFin = receiveSegment(closing, segment(301, 101, ['FIN', 'ACK']));
    expect([peerFin.tcb.state, peerFin.send]).toEqual(['CLOSING', [segment(102, 302, ['ACK'])]]);
    const finAcked = receiveSegment(peerFin.tcb, segment(302, 102, ['ACK']));
    expect(finAcked.tcb.state).toBe('TIME-WAIT');
  });

  test('TIME-WAIT acknowledges a retransmitted FIN again', () => {
    const timeWait: Tcb = {
      ...established,
      state: 'TIME-WAIT',
      sndUna: 102,
      sndNxt: 102,
      rcvNxt: 302,
    };
    expect(receiveSegment(timeWait, segment(301, 102, ['FIN', 'ACK'])).send).toEqual([
      segment(102, 302, ['ACK']),
    ]);
  });

  test('an RST in a synchronized state closes the connection', () => {
    expect(receiveSegment(established, segment(301, 0, ['RST'])).tcb.state).toBe('CLOSED');
  });
});
