import { type SegmentEvent, simulateHandshake } from '../../sim/simulate-handshake.js';
import type { Drill, Level } from '../drill.js';
import type { Topic } from '../topic.js';
import { choiceAnswer } from './_kit.js';

const STATES = [
  'closed',
  'listen',
  'syn-sent',
  'syn-received',
  'established',
  'fin-wait-1',
  'fin-wait-2',
  'close-wait',
  'closing',
  'last-ack',
  'time-wait',
] as const;

/** The phases of a connection's life each level asks about, and the largest ISN it uses. */
const LEVELS: Readonly<Record<Level, { phases: readonly string[]; maxIsn: number }>> = {
  easy: { phases: ['open'], maxIsn: 999 },
  medium: { phases: ['open', 'data'], maxIsn: 99_999 },
  hard: { phases: ['open', 'data', 'close'], maxIsn: 0xffffffff },
};

/** Sequence numbers a segment uses up: its data bytes, plus one each for SYN and FIN. */
function consumed(event: SegmentEvent): number {
  const { segment } = event;
  return (
    segment.length +
    (segment.flags.includes('SYN') ? 1 : 0) +
    (segment.flags.includes('FIN') ? 1 : 0)
  );
}

/**
 * `tcp`: the state a side is in once a segment of the handshake or close arrives, and the ack
 * number a segment carries; both from netlab's RFC 9293 state machines (`simulateHandshake`).
 */
export const tcpTopic: Topic = {
  id: 'tcp',
  make: (rng, level): Drill => {
    const { phases, maxIsn } = LEVELS[level];
    const isnClient = rng.int(0, maxIsn);
    const isnServer = rng.int(0, maxIsn);
    const dataLength = level === 'easy' ? 0 : rng.int(1, 1460);
    const run = simulateHandshake({ isnClient, isnServer, dataLength });
    const segments = run.events.filter((event): event is SegmentEvent => event.kind === 'segment');
    const asked = segments.filter((event) => phases.includes(event.phase));
    const event = rng.pick(asked);
    const number = segments.indexOf(event) + 1;
    const to = event.from === 'client' ? 'server' : 'client';
    const withAck = event.segment.flags.includes('ACK');
    const ask = withAck && rng.int(0, 1) === 0 ? 'ack-number' : 'state';
    const previous = segments
      .slice(0, number - 1)
      .filter((before) => before.from === to)
      .at(-1);
    const params = {
      isnClient,
      isnServer,
      dataLength,
      number,
      from: { key: `tcp.side.${event.from}` },
      to: { key: `tcp.side.${to}` },
      flags: event.segment.flags.join('+'),
      seq: event.segment.seq,
      ack: event.segment.ack,
      before: event.receiverBefore.state,
      after: event.tcbs[to].state,
      previousSeq: previous?.segment.seq ?? 0,
      previousUsed: previous === undefined ? 0 : consumed(previous),
    };
    const data = dataLength > 0 ? '.data' : '';
    return {
      topic: 'tcp',
      level,
      ask,
      given: { isnClient, isnServer, dataLength, segment: number },
      prompt: { key: `tcp.${ask}.prompt${data}`, params },
      answer:
        ask === 'state'
          ? choiceAnswer(event.tcbs[to].state.toLowerCase(), STATES, 'tcp.choice')
          : { kind: 'number', value: BigInt(event.segment.ack) },
      because: { key: `tcp.${ask}.why`, params },
    };
  },
};
