import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readContentJson } from '../../src/core/content-file.js';
import { LANGS } from '../../src/core/lang.js';
import { compareEvent, LAB_CHECKS, LAB_STEPS, stepEvent } from '../../src/lab/lab-narration.js';

const schema = JSON.parse(
  readFileSync(new URL('../../schemas/lab-event.schema.json', import.meta.url), 'utf8'),
) as { $defs: Record<string, { properties: { id: { enum: string[] } } }> };

describe("the lab's steps and checks", () => {
  test.for(LANGS)('every step and check has %s words', (lang) => {
    const words = readContentJson(`messages/${lang}/lab.json`) as Record<string, string>;
    const missing = [
      ...LAB_STEPS.map((id) => `step.${id}`),
      ...LAB_CHECKS.map((id) => `compare.${id}`),
    ].filter((key) => words[key] === undefined);
    expect(missing).toEqual([]);
  });

  test('the schema lists exactly the ids an experiment can report', () => {
    expect(schema.$defs.step?.properties.id.enum).toEqual([...LAB_STEPS]);
    expect(schema.$defs.compare?.properties.id.enum).toEqual([...LAB_CHECKS]);
  });

  test('a step keeps its English text beside its id and params', () => {
    expect(
      stepEvent('demo.listening', { demo: 'udp', address: '192.168.1.20', port: 9000 }),
    ).toEqual({
      event: 'step',
      id: 'demo.listening',
      params: { demo: 'udp', address: '192.168.1.20', port: 9000 },
      text: 'B: netlab udp server listening on 192.168.1.20:9000',
    });
  });

  test('a check is the same only when both values are, and carries frames only when it compares frames', () => {
    const check = compareEvent('gateway.ttl', { kernel: '64 -> 64', simulation: '64 -> 63' });
    expect(check).toEqual({
      event: 'compare',
      id: 'gateway.ttl',
      params: {},
      what: 'TTL of the echo request, LAN 1 then LAN 2',
      kernel: '64 -> 64',
      simulation: '64 -> 63',
      same: false,
    });
    expect(compareEvent('arp.frames', { kernel: [], simulation: [] })).toMatchObject({
      kernel: '',
      same: true,
      frames: { kernel: [], simulation: [] },
    });
  });
});
