import { InternalError } from '../core/errors.js';
import { seqAdd } from './sequence-number.js';
import { type SimSegment, segment, type Tcb } from './tcp-state.js';

/** What a user call or an arriving segment did: the new TCB and the segments it sends. */
export interface TcpOutcome {
  readonly tcb: Tcb;
  readonly send: readonly SimSegment[];
}

function refuse(call: string, tcb: Tcb): InternalError {
  return new InternalError('tcp-call', { call, state: tcb.state });
}

/** Passive OPEN (a server's listen): CLOSED → LISTEN, nothing sent. */
export function listen(tcb: Tcb): TcpOutcome {
  if (tcb.state !== 'CLOSED') throw refuse('listen', tcb);
  return { tcb: { ...tcb, state: 'LISTEN' }, send: [] };
}

/** Active OPEN (a client's connect): sends SYN with the ISN, which uses one sequence number. */
export function connect(tcb: Tcb): TcpOutcome {
  if (tcb.state !== 'CLOSED') throw refuse('connect', tcb);
  return {
    tcb: { ...tcb, state: 'SYN-SENT', sndUna: tcb.iss, sndNxt: seqAdd(tcb.iss, 1) },
    send: [segment(tcb.iss, 0, ['SYN'])],
  };
}

/** SEND of `length` bytes in one segment, allowed once synchronized and before our FIN. */
export function sendData(tcb: Tcb, length: number): TcpOutcome {
  if ((tcb.state !== 'ESTABLISHED' && tcb.state !== 'CLOSE-WAIT') || tcb.rcvNxt === null) {
    throw refuse('send', tcb);
  }
  return {
    tcb: { ...tcb, sndNxt: seqAdd(tcb.sndNxt, length) },
    send: [segment(tcb.sndNxt, tcb.rcvNxt, ['PSH', 'ACK'], length)],
  };
}

/**
 * CLOSE: no more data from this side. ESTABLISHED → FIN-WAIT-1 (the active closer),
 * CLOSE-WAIT → LAST-ACK (the passive closer); the FIN uses one sequence number.
 * LISTEN and SYN-SENT just go back to CLOSED.
 */
export function close(tcb: Tcb): TcpOutcome {
  if (tcb.state === 'LISTEN' || tcb.state === 'SYN-SENT')
    return { tcb: { ...tcb, state: 'CLOSED' }, send: [] };
  const next =
    tcb.state === 'ESTABLISHED' ? 'FIN-WAIT-1' : tcb.state === 'CLOSE-WAIT' ? 'LAST-ACK' : null;
  if (next === null || tcb.rcvNxt === null) throw refuse('close', tcb);
  return {
    tcb: { ...tcb, state: next, sndNxt: seqAdd(tcb.sndNxt, 1) },
    send: [segment(tcb.sndNxt, tcb.rcvNxt, ['FIN', 'ACK'])],
  };
}

/** The TIME-WAIT timer (2 MSL) runs out: TIME-WAIT → CLOSED. */
export function timeWaitExpires(tcb: Tcb): TcpOutcome {
  if (tcb.state !== 'TIME-WAIT') throw refuse('the 2 MSL timeout', tcb);
  return { tcb: { ...tcb, state: 'CLOSED' }, send: [] };
}
