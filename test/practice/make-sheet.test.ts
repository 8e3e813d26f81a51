import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { classify } from '../../src/calc/classify.js';
import { decodeMac } from '../../src/calc/decode-mac.js';
import { formatAddress } from '../../src/calc/format-address.js';
import { maskFacts } from '../../src/calc/mask-facts.js';
import { parseAddress } from '../../src/calc/parse-address.js';
import { parseHostSpec } from '../../src/calc/parse-host-spec.js';
import { parseMac } from '../../src/calc/parse-mac.js';
import { parseMask } from '../../src/calc/parse-mask.js';
import { describePort } from '../../src/calc/port-info.js';
import { parsePort } from '../../src/calc/port-number.js';
import { PORT_SERVICES } from '../../src/calc/port-services.js';
import { sameSubnet } from '../../src/calc/same-subnet.js';
import { subnetFacts } from '../../src/calc/subnet-facts.js';
import { LEVELS, type Level } from '../../src/practice/drill.js';
import { say } from '../../src/practice/drill-text.js';
import { makeSheet, type SheetItem } from '../../src/practice/make-sheet.js';
import { canonicalAnswer, checkPracticeReply } from '../../src/practice/practice-answer.js';
import { TOPICS } from '../../src/practice/topics/index.js';
import { type SegmentEvent, simulateHandshake } from '../../src/sim/simulate-handshake.js';
import { messageCatalogue } from '../../src/text/message-catalogue.js';

type Given = Record<string, string | number>;
const str = (given: Given, name: string): string => String(given[name]);

/** A mask as the question shows it ("/21", dotted or "0xfffff800") in a form parseMask reads. */
function maskOf(text: string): string {
  if (!text.startsWith('0x')) return text;
  return formatAddress({ version: 4, value: BigInt(text) });
}

function subnetSpec(given: Given) {
  const mask = given.prefix === undefined ? maskOf(str(given, 'mask')) : `/${given.prefix}`;
  const version = str(given, 'address').includes(':') ? 6 : 4;
  return { address: parseAddress(str(given, 'address')), mask: parseMask(mask, { version }) };
}

/** The test's own reading of each question: the calculator asked again, from `given` alone. */
const ORACLES: Record<string, (item: SheetItem) => string> = {
  subnet: ({ ask, given }) => {
    const facts = subnetFacts(subnetSpec(given));
    const answers: Record<string, string> = {
      network: formatAddress(facts.network),
      broadcast: facts.broadcast === null ? '' : formatAddress(facts.broadcast),
      'first-host': formatAddress(facts.firstHost),
      'last-host': formatAddress(facts.lastHost),
      hosts: facts.hosts.toString(),
    };
    return answers[ask] ?? '';
  },
  'same-subnet': ({ ask, given }) => {
    const maskA = maskOf(str(given, given.mask === undefined ? 'maskA' : 'mask'));
    const maskB = maskOf(str(given, given.mask === undefined ? 'maskB' : 'mask'));
    const result = sameSubnet(
      parseHostSpec(str(given, 'a'), maskA),
      parseHostSpec(str(given, 'b'), maskB),
    );
    return (ask === 'same-subnet' ? result.sameSubnet : result.aSeesB) ? 'yes' : 'no';
  },
  mask: ({ ask, given }) => {
    if (ask === 'smallest-prefix') {
      let prefix = 32;
      while (maskFacts(parseMask(`/${prefix}`)).usableHosts < BigInt(given.hosts ?? 0)) prefix -= 1;
      return `/${prefix}`;
    }
    const mask = parseMask(given.mask === undefined ? `/${given.prefix}` : str(given, 'mask'));
    const facts = maskFacts(mask);
    if (ask === 'prefix') return `/${facts.prefix}`;
    if (ask === 'dotted') return formatAddress({ version: 4, value: facts.mask });
    return formatAddress({ version: 4, value: facts.wildcard });
  },
  classify: ({ given }) => {
    const result = classify(parseAddress(str(given, 'address')));
    return result.private ? 'private' : result.globallyReachable ? 'global' : 'special-purpose';
  },
  ports: ({ ask, given }) => {
    if (ask === 'range') return describePort(parsePort(str(given, 'port'))).range.id;
    const service = PORT_SERVICES.find(
      (s) => s.name === given.service && s.transport === given.transport,
    );
    return String(service?.port);
  },
  mac: ({ ask, given }) => {
    const report = decodeMac(parseMac(str(given, 'mac')));
    return ask === 'cast' ? report.cast : report.administration;
  },
  binary: ({ ask, given }) =>
    ask === 'to-binary'
      ? Number(given.decimal).toString(2).padStart(8, '0')
      : String(Number.parseInt(str(given, 'binary'), 2)),
  tcp: ({ ask, given }) => {
    const run = simulateHandshake({
      isnClient: Number(given.isnClient),
      isnServer: Number(given.isnServer),
      dataLength: Number(given.dataLength),
    });
    const segments = run.events.filter((e): e is SegmentEvent => e.kind === 'segment');
    const event = segments[Number(given.segment) - 1] as SegmentEvent;
    const to = event.from === 'client' ? 'server' : 'client';
    return ask === 'state' ? event.tcbs[to].state.toLowerCase() : String(event.segment.ack);
  },
  arp: ({ ask, given }) => {
    if (ask === 'request-mac') return 'ff ff ff ff ff ff';
    if (ask === 'reply-mac') return str(given, 'mac').replaceAll(':', ' ');
    const host = parseHostSpec(str(given, 'host'));
    const result = sameSubnet(host, {
      address: parseAddress(str(given, 'destination')),
      mask: host.mask,
    });
    return result.aSeesB ? str(given, 'destination') : str(given, 'gateway');
  },
};

const levels = fc.constantFrom<Level>(...LEVELS);
const seeds = fc.string({ minLength: 1, maxLength: 12 });
const english = messageCatalogue('en', 'practice');
const chinese = messageCatalogue('zh', 'practice');

describe('makeSheet() draws every answer from the calculators', () => {
  for (const topic of TOPICS.filter((t) => t.id in ORACLES)) {
    fcTest.prop([seeds, levels], { numRuns: 60 })(
      `the ${topic.id} answer is what the calculator says for the given inputs`,
      (seed, level) => {
        for (const item of makeSheet({ seed, topics: [topic.id], count: 5, level })) {
          expect(canonicalAnswer(item.answer)).toBe(ORACLES[topic.id]?.(item));
        }
      },
    );
  }

  fcTest.prop([seeds, levels], { numRuns: 60 })(
    'the vlsm subnet is the smallest that holds its hosts, aligned, inside the block',
    (seed, level) => {
      for (const item of makeSheet({ seed, topics: ['vlsm'], count: 5, level })) {
        const block = subnetFacts(parseHostSpec(str(item.given, 'block')));
        const plan = say(english, item.because).split(': ').at(-1) ?? '';
        const row =
          plan.split('; ').find((entry) => entry.startsWith(`${item.given.subnet} → `)) ?? '';
        const subnet = parseHostSpec(row.split(' → ')[1]?.replace(/\.$/, '') ?? '');
        const facts = subnetFacts(subnet);
        const hosts = BigInt(item.given.subnet ?? 0);
        expect(facts.network.value).toBe(subnet.address.value);
        expect(facts.network.value & block.mask.mask).toBe(block.network.value);
        expect(facts.hosts >= hosts).toBe(true);
        expect(maskFacts(parseMask(`/${facts.mask.prefix + 1}`)).usableHosts < hosts).toBe(true);
        const expected =
          item.ask === 'network' ? formatAddress(facts.network) : `/${facts.mask.prefix}`;
        expect(canonicalAnswer(item.answer)).toBe(expected);
      }
    },
  );
});

describe('makeSheet() questions have exactly one right answer', () => {
  fcTest.prop([seeds, levels], { numRuns: 80 })(
    'the canonical answer is right and every other option or value is wrong',
    (seed, level) => {
      for (const item of makeSheet({ seed, topics: [], count: 20, level })) {
        const { answer } = item;
        expect(checkPracticeReply(answer, canonicalAnswer(answer))).toBe('right');
        if (answer.kind === 'choice') {
          const right = answer.choices.filter((c) => checkPracticeReply(answer, c.id) === 'right');
          expect(right.map((c) => c.id)).toEqual([answer.value]);
        } else if (answer.kind === 'yes-no') {
          expect(checkPracticeReply(answer, answer.value ? 'no' : 'yes')).toBe('wrong');
        } else if (answer.kind === 'number') {
          expect(checkPracticeReply(answer, (answer.value + 1n).toString())).toBe('wrong');
        } else if (answer.kind === 'address') {
          const other = { ...answer.value, value: answer.value.value ^ 1n };
          expect(checkPracticeReply(answer, formatAddress(other))).toBe('wrong');
        } else if (answer.kind === 'mask') {
          const other = answer.value.prefix === 32 ? 31 : answer.value.prefix + 1;
          expect(checkPracticeReply(answer, `/${other}`)).toBe('wrong');
        }
      }
    },
  );
});

describe('makeSheet() is reproducible', () => {
  fcTest.prop([seeds, levels, fc.integer({ min: 1, max: 30 })], { numRuns: 40 })(
    'the same seed gives the same sheet',
    (seed, level, count) => {
      const settings = { seed, topics: [], count, level };
      expect(JSON.stringify(makeSheet(settings), replacer)).toBe(
        JSON.stringify(makeSheet(settings), replacer),
      );
    },
  );

  test('a pinned seed gives the pinned sheet, on every machine and Node version', () => {
    const sheet = makeSheet({
      seed: 's1234',
      topics: ['subnet', 'binary'],
      count: 4,
      level: 'medium',
    });
    expect(
      sheet.map((item) => [item.ask, item.given, canonicalAnswer(item.answer)]),
    ).toMatchSnapshot();
  });

  test('different seeds give different sheets', () => {
    const a = makeSheet({ seed: 'alice', topics: [], count: 10, level: 'easy' });
    const b = makeSheet({ seed: 'bob', topics: [], count: 10, level: 'easy' });
    expect(JSON.stringify(a, replacer)).not.toBe(JSON.stringify(b, replacer));
  });
});

describe('every question and explanation has its text in both languages', () => {
  fcTest.prop([seeds, levels], { numRuns: 40 })(
    'no message is missing or leaves a placeholder',
    (seed, level) => {
      for (const item of makeSheet({ seed, topics: [], count: 20, level })) {
        for (const catalogue of [english, chinese]) {
          for (const ref of [item.prompt, item.because])
            expect(say(catalogue, ref)).not.toMatch(/\{[A-Za-z]+\}/);
        }
      }
    },
  );
});

function replacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Uint8Array) return [...value];
  return value;
}
