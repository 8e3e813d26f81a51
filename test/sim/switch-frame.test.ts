import { describe, expect, test } from 'vitest';
import type { MacTableEntry } from '../../src/sim/lan.js';
import { switchFrame } from '../../src/sim/switch-frame.js';

const A = { value: 0x02000000000an };
const B = { value: 0x020000000014n };
const BROADCAST = { value: 0xffffffffffffn };
const ports = [1, 2, 3, 4];

describe('switchFrame', () => {
  test('switchFrame() learns the source MAC on the ingress port', () => {
    const decision = switchFrame([], { source: A, destination: BROADCAST }, { ingress: 2, ports });
    expect(decision.learning).toBe('new');
    expect(decision.table).toEqual([{ port: 2, mac: A }]);
  });

  test('switchFrame() floods a broadcast to every port but the ingress', () => {
    const decision = switchFrame([], { source: A, destination: BROADCAST }, { ingress: 2, ports });
    expect([decision.action, decision.reason, decision.egress]).toEqual([
      'flood',
      'broadcast',
      [1, 3, 4],
    ]);
  });

  test('switchFrame() floods a unicast to an unknown MAC to every port but the ingress', () => {
    const decision = switchFrame([], { source: A, destination: B }, { ingress: 2, ports });
    expect([decision.action, decision.reason, decision.egress]).toEqual([
      'flood',
      'unknown',
      [1, 3, 4],
    ]);
  });

  test('switchFrame() floods a multicast destination', () => {
    const decision = switchFrame(
      [],
      { source: A, destination: { value: 0x01005e0000fbn } },
      { ingress: 2, ports },
    );
    expect([decision.reason, decision.egress]).toEqual(['multicast', [1, 3, 4]]);
  });

  test('switchFrame() forwards a known destination out of its port only', () => {
    const table: MacTableEntry[] = [{ port: 3, mac: B }];
    const decision = switchFrame(table, { source: A, destination: B }, { ingress: 2, ports });
    expect([decision.action, decision.egress]).toEqual(['forward', [3]]);
    expect(decision.table).toEqual([
      { port: 3, mac: B },
      { port: 2, mac: A },
    ]);
  });

  test('switchFrame() filters a frame whose destination sits on the ingress port', () => {
    const table: MacTableEntry[] = [{ port: 2, mac: B }];
    const decision = switchFrame(table, { source: A, destination: B }, { ingress: 2, ports });
    expect([decision.action, decision.reason, decision.egress]).toEqual([
      'filter',
      'same-port',
      [],
    ]);
  });

  test('switchFrame() moves a MAC that shows up on another port', () => {
    const table: MacTableEntry[] = [{ port: 4, mac: A }];
    const decision = switchFrame(
      table,
      { source: A, destination: BROADCAST },
      { ingress: 2, ports },
    );
    expect(decision.learning).toBe('moved');
    expect(decision.table).toEqual([{ port: 2, mac: A }]);
  });

  test('switchFrame() keeps a known MAC on its port without a change', () => {
    const table: MacTableEntry[] = [{ port: 2, mac: A }];
    const decision = switchFrame(
      table,
      { source: A, destination: BROADCAST },
      { ingress: 2, ports },
    );
    expect(decision.learning).toBe('known');
    expect(decision.table).toBe(table);
  });
});
