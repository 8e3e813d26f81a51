import { InternalError } from '../core/errors.js';
import { close, connect, listen, sendData, type TcpOutcome, timeWaitExpires } from './tcp-calls.js';
import { receiveSegment } from './tcp-receive.js';
import { closedTcb, type SimSegment, type Tcb } from './tcp-state.js';

/** One side of the connection: the client opens and closes first, the server listens. */
export type TcpSide = 'client' | 'server';

/** Which part of the connection's life an event belongs to. */
export type HandshakePhase = 'open' | 'data' | 'close';

/** Both TCBs at one moment. */
export interface TcbPair {
  readonly client: Tcb;
  readonly server: Tcb;
}

/** Something the application did on one side: the system call and its effect. */
export interface CallEvent {
  readonly kind: 'call';
  readonly side: TcpSide;
  readonly call: 'listen' | 'connect' | 'send' | 'close' | 'time-wait-timeout';
  readonly phase: HandshakePhase;
  readonly tcbs: TcbPair;
}

/** A segment travelled from one side to the other and was processed there. */
export interface SegmentEvent {
  readonly kind: 'segment';
  readonly from: TcpSide;
  readonly segment: SimSegment;
  readonly phase: HandshakePhase;
  /** The receiver's TCB before it processed the segment. */
  readonly receiverBefore: Tcb;
  /** Both TCBs after the receiver processed it. */
  readonly tcbs: TcbPair;
}

/** One event of the handshake simulation. */
export type HandshakeEvent = CallEvent | SegmentEvent;

/** What to simulate. */
export interface HandshakeOptions {
  readonly isnClient: number;
  readonly isnServer: number;
  /** Bytes of data the client sends once connected (0: none). */
  readonly dataLength?: number;
}

/** A whole run: the options and every event in order. */
export interface HandshakeRun {
  readonly options: HandshakeOptions;
  readonly events: readonly HandshakeEvent[];
}

const other = (side: TcpSide): TcpSide => (side === 'client' ? 'server' : 'client');

/**
 * More segments than any connection's life in this simulation takes (it needs at most 8): two
 * state machines that kept answering each other would otherwise loop for ever.
 */
const MAX_SEGMENTS = 64;

class Wire {
  tcbs: TcbPair;
  readonly events: HandshakeEvent[] = [];
  private readonly queue: { from: TcpSide; segment: SimSegment }[] = [];

  constructor(tcbs: TcbPair) {
    this.tcbs = tcbs;
  }

  call(
    side: TcpSide,
    call: CallEvent['call'],
    phase: HandshakePhase,
    action: (tcb: Tcb) => TcpOutcome,
  ): void {
    const outcome = action(this.tcbs[side]);
    this.tcbs = { ...this.tcbs, [side]: outcome.tcb };
    this.events.push({ kind: 'call', side, call, phase, tcbs: this.tcbs });
    for (const sent of outcome.send) this.queue.push({ from: side, segment: sent });
    this.deliverAll(phase);
  }

  private deliverAll(phase: HandshakePhase): void {
    for (let next = this.queue.shift(); next !== undefined; next = this.queue.shift()) {
      if (this.events.length > MAX_SEGMENTS) {
        throw new InternalError('handshake-loop', { max: MAX_SEGMENTS });
      }
      const receiver = other(next.from);
      const receiverBefore = this.tcbs[receiver];
      const outcome = receiveSegment(receiverBefore, next.segment);
      this.tcbs = { ...this.tcbs, [receiver]: outcome.tcb };
      this.events.push({
        kind: 'segment',
        from: next.from,
        segment: next.segment,
        phase,
        receiverBefore,
        tcbs: this.tcbs,
      });
      for (const sent of outcome.send) this.queue.push({ from: receiver, segment: sent });
    }
  }
}

/**
 * Runs a TCP connection's life between two RFC 9293 state machines over a lossless, in-order
 * wire: the server listens, the client connects (three-way handshake), optionally sends
 * `dataLength` bytes, then closes first (four-way close, the client ends in TIME-WAIT until its
 * 2 MSL timer expires). Pure: the same options give the same events.
 */
export function simulateHandshake(options: HandshakeOptions): HandshakeRun {
  const wire = new Wire({
    client: closedTcb(options.isnClient),
    server: closedTcb(options.isnServer),
  });
  wire.call('server', 'listen', 'open', listen);
  wire.call('client', 'connect', 'open', connect);
  const length = options.dataLength ?? 0;
  if (length > 0) wire.call('client', 'send', 'data', (tcb) => sendData(tcb, length));
  wire.call('client', 'close', 'close', close);
  wire.call('server', 'close', 'close', close);
  wire.call('client', 'time-wait-timeout', 'close', timeWaitExpires);
  return { options, events: wire.events };
}
