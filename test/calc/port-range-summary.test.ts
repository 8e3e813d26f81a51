import { describe, expect, test } from 'vitest';
import { parsePort } from '../../src/calc/port-number.js';
import { summarizePortRange } from '../../src/calc/port-range-summary.js';

function summary(first: string, last: string) {
  return summarizePortRange(parsePort(first), parsePort(last));
}

describe('summarizePortRange() describes a range without one answer per port', () => {
  test('summarizePortRange() of 1-1024 counts 1023 System Ports and 1 User Port', () => {
    const found = summary('1', '1024');
    expect(found.count).toBe(1024);
    expect(found.ianaRanges.map(({ range, count }) => [range.id, count])).toEqual([
      ['system', 1023],
      ['user', 1],
    ]);
    expect(found.services[0]).toMatchObject({ port: 20, transport: 'tcp' });
  });

  test('summarizePortRange() of 0-65535 spans all three IANA ranges and every service', () => {
    const found = summary('0', '65535');
    expect(found.ianaRanges.map(({ count }) => count)).toEqual([1024, 48128, 16384]);
    expect(found.services.map((service) => service.port)).toEqual(
      [...found.services.map((service) => service.port)].sort((a, b) => a - b),
    );
  });

  test('summarizePortRange() of 50000-50010 has no services', () => {
    expect(summary('50000', '50010').services).toEqual([]);
  });
});
