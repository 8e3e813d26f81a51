import { seqAdd, seqLe, seqLt } from './sequence-number.js';
import type { TcpOutcome } from './tcp-calls.js';
import { hasFlag, type SimSegment, segment, type Tcb, type TcpState } from './tcp-state.js';

const drop = (tcb: Tcb): TcpOutcome => ({ tcb, send: [] });

/** A reset answering an unacceptable segment (RFC 9293 §3.10.7.1 and .3). */
function reset(tcb: Tcb, arriving: SimSegment): TcpOutcome {
  if (hasFlag(arriving, 'RST')) return drop(tcb);
  if (hasFlag(arriving, 'ACK')) return { tcb, send: [segment(arriving.ack, 0, ['RST'])] };
  const length =
    arriving.length + (hasFlag(arriving, 'SYN') ? 1 : 0) + (hasFlag(arriving, 'FIN') ? 1 : 0);
  return { tcb, send: [segment(0, seqAdd(arriving.seq, length), ['RST', 'ACK'])] };
}

/** An ACK of what we have received so far, for duplicates and refused segments. */
function ackNow(tcb: Tcb): TcpOutcome {
  return { tcb, send: [segment(tcb.sndNxt, tcb.rcvNxt ?? 0, ['ACK'])] };
}

function onListen(tcb: Tcb, arriving: SimSegment): TcpOutcome {
  if (hasFlag(arriving, 'RST')) return drop(tcb);
  if (hasFlag(arriving, 'ACK')) return reset(tcb, arriving);
  if (!hasFlag(arriving, 'SYN')) return drop(tcb);
  const rcvNxt = seqAdd(arriving.seq, 1 + arriving.length);
  return {
    tcb: {
      ...tcb,
      state: 'SYN-RECEIVED',
      irs: arriving.seq,
      rcvNxt,
      sndUna: tcb.iss,
      sndNxt: seqAdd(tcb.iss, 1),
    },
    send: [segment(tcb.iss, rcvNxt, ['SYN', 'ACK'])],
  };
}

function onSynSent(tcb: Tcb, arriving: SimSegment): TcpOutcome {
  const hasAck = hasFlag(arriving, 'ACK');
  const ackOk = hasAck && seqLt(tcb.iss, arriving.ack) && seqLe(arriving.ack, tcb.sndNxt);
  if (hasAck && !ackOk) return reset(tcb, arriving);
  if (hasFlag(arriving, 'RST'))
    return hasAck ? { tcb: { ...tcb, state: 'CLOSED' }, send: [] } : drop(tcb);
  if (!hasFlag(arriving, 'SYN')) return drop(tcb);
  const rcvNxt = seqAdd(arriving.seq, 1);
  const synced = { ...tcb, irs: arriving.seq, rcvNxt };
  if (ackOk) {
    return {
      tcb: { ...synced, state: 'ESTABLISHED', sndUna: arriving.ack },
      send: [segment(tcb.sndNxt, rcvNxt, ['ACK'])],
    };
  }
  // Simultaneous open: both sides sent SYN; answer with SYN,ACK and wait for its ACK.
  return {
    tcb: { ...synced, state: 'SYN-RECEIVED' },
    send: [segment(tcb.iss, rcvNxt, ['SYN', 'ACK'])],
  };
}

/** State reached when our FIN is acknowledged, by the state it was acknowledged in. */
const FIN_ACKED: Partial<Record<TcpState, TcpState>> = {
  'FIN-WAIT-1': 'FIN-WAIT-2',
  CLOSING: 'TIME-WAIT',
  'LAST-ACK': 'CLOSED',
};

/** State reached when the peer's FIN arrives, by the state it arrives in. */
const FIN_RECEIVED: Partial<Record<TcpState, TcpState>> = {
  'SYN-RECEIVED': 'CLOSE-WAIT',
  ESTABLISHED: 'CLOSE-WAIT',
  'FIN-WAIT-1': 'CLOSING',
  'FIN-WAIT-2': 'TIME-WAIT',
};

/** Step five of §3.10.7.4: process the acknowledgment field. Null means drop the segment. */
function processAck(tcb: Tcb, arriving: SimSegment): Tcb | null | 'reset' {
  const acceptable = seqLt(tcb.sndUna, arriving.ack) && seqLe(arriving.ack, tcb.sndNxt);
  if (tcb.state === 'SYN-RECEIVED') {
    return acceptable ? { ...tcb, state: 'ESTABLISHED', sndUna: arriving.ack } : 'reset';
  }
  if (seqLt(tcb.sndNxt, arriving.ack)) return null;
  const advanced = acceptable ? { ...tcb, sndUna: arriving.ack } : tcb;
  const finAcked = advanced.sndUna === advanced.sndNxt ? FIN_ACKED[advanced.state] : undefined;
  return finAcked === undefined ? advanced : { ...advanced, state: finAcked };
}

/** Steps seven and eight: take the data and the FIN, and acknowledge them. */
function processText(tcb: Tcb, arriving: SimSegment): TcpOutcome {
  const fin = hasFlag(arriving, 'FIN');
  const takesData =
    tcb.state === 'ESTABLISHED' || tcb.state === 'FIN-WAIT-1' || tcb.state === 'FIN-WAIT-2';
  const taken = takesData ? arriving.length : 0;
  if (tcb.rcvNxt === null || (taken === 0 && !fin)) return drop(tcb);
  const rcvNxt = seqAdd(tcb.rcvNxt, taken + (fin ? 1 : 0));
  const state = fin ? (FIN_RECEIVED[tcb.state] ?? tcb.state) : tcb.state;
  const next = { ...tcb, state, rcvNxt };
  return { tcb: next, send: [segment(next.sndNxt, rcvNxt, ['ACK'])] };
}

function onSynchronized(tcb: Tcb, arriving: SimSegment): TcpOutcome {
  if (arriving.seq !== tcb.rcvNxt) return hasFlag(arriving, 'RST') ? drop(tcb) : ackNow(tcb);
  if (hasFlag(arriving, 'RST')) return { tcb: { ...tcb, state: 'CLOSED' }, send: [] };
  if (hasFlag(arriving, 'SYN')) return ackNow(tcb);
  if (!hasFlag(arriving, 'ACK')) return drop(tcb);
  if (tcb.state === 'TIME-WAIT') return hasFlag(arriving, 'FIN') ? ackNow(tcb) : drop(tcb);
  const acked = processAck(tcb, arriving);
  if (acked === 'reset') return reset(tcb, arriving);
  if (acked === null) return ackNow(tcb);
  if (acked.state === 'CLOSED') return drop(acked);
  return processText(acked, arriving);
}

/**
 * A segment arrives (RFC 9293 §3.10.7), for the in-order, lossless network of the lesson: a
 * segment must start exactly at RCV.NXT (anything else is answered with an ACK and dropped); a
 * bad ACK is answered with a reset; data and FIN are acknowledged at once.
 */
export function receiveSegment(tcb: Tcb, arriving: SimSegment): TcpOutcome {
  switch (tcb.state) {
    case 'CLOSED':
      return reset(tcb, arriving);
    case 'LISTEN':
      return onListen(tcb, arriving);
    case 'SYN-SENT':
      return onSynSent(tcb, arriving);
    default:
      return onSynchronized(tcb, arriving);
  }
}
