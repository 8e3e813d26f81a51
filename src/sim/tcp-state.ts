/** The connection states of RFC 9293 §3.3.2. */
export type TcpState =
  | 'CLOSED'
  | 'LISTEN'
  | 'SYN-SENT'
  | 'SYN-RECEIVED'
  | 'ESTABLISHED'
  | 'FIN-WAIT-1'
  | 'FIN-WAIT-2'
  | 'CLOSE-WAIT'
  | 'CLOSING'
  | 'LAST-ACK'
  | 'TIME-WAIT';

/** A control bit of the TCP header that the simulation uses. */
export type TcpFlag = 'SYN' | 'ACK' | 'FIN' | 'RST' | 'PSH';

/** The order flags are written in: the order of their bits in the header, high to low. */
export const FLAG_ORDER: readonly TcpFlag[] = ['PSH', 'RST', 'SYN', 'FIN', 'ACK'];

/** A segment as the state machine sees it: numbers, flags and how many data bytes it carries. */
export interface SimSegment {
  readonly seq: number;
  /** Meaningful only when `flags` has ACK; 0 otherwise. */
  readonly ack: number;
  readonly flags: readonly TcpFlag[];
  /** Data bytes carried (SEG.LEN without SYN and FIN). */
  readonly length: number;
}

/**
 * A transmission control block: the state and the send/receive sequence variables of RFC 9293
 * §3.3.1 that the handshake and close use. `irs` and `rcvNxt` are null until the peer's SYN.
 */
export interface Tcb {
  readonly state: TcpState;
  /** Initial send sequence number. */
  readonly iss: number;
  /** Oldest unacknowledged sequence number. */
  readonly sndUna: number;
  /** Next sequence number to send. */
  readonly sndNxt: number;
  /** Initial receive sequence number, the peer's ISN. */
  readonly irs: number | null;
  /** Next sequence number expected from the peer. */
  readonly rcvNxt: number | null;
}

/** Whether a segment carries a flag. */
export function hasFlag(segment: SimSegment, flag: TcpFlag): boolean {
  return segment.flags.includes(flag);
}

/** Builds a segment with its flags in header order. */
export function segment(
  seq: number,
  ack: number,
  flags: readonly TcpFlag[],
  length = 0,
): SimSegment {
  return {
    seq,
    ack: flags.includes('ACK') ? ack : 0,
    flags: FLAG_ORDER.filter((flag) => flags.includes(flag)),
    length,
  };
}

/** A closed TCB that will use `iss` as its initial sequence number. */
export function closedTcb(iss: number): Tcb {
  return { state: 'CLOSED', iss, sndUna: iss, sndNxt: iss, irs: null, rcvNxt: null };
}
