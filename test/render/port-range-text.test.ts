import { describe, expect, test } from 'vitest';
import { parsePort } from '../../src/calc/port-number.js';
import { summarizePortRange } from '../../src/calc/port-range-summary.js';
import { palette } from '../../src/render/palette.js';
import { renderPortRange } from '../../src/render/port-range-text.js';
import { expectFits80 } from './_fits.js';

function render(first: string, last: string): string {
  return renderPortRange(summarizePortRange(parsePort(first), parsePort(last)), palette(false));
}

describe('renderPortRange() answers a range in a few lines', () => {
  test('renderPortRange() of 50000-50010 says none of the services is in it', () => {
    expect(render('50000', '50010')).toBe(
      [
        'ports 50000-50010: 11 ports',
        '  Dynamic and/or Private Ports  50000-50010  11 ports',
        "services in netlab's table: none",
        '',
      ].join('\n'),
    );
  });

  test('renderPortRange() of 0-65535 fits 80 columns and cuts the services at 20', () => {
    const text = render('0', '65535');
    expectFits80(text);
    expect(text).toContain('  … and 27 more; give a narrower range to see them');
  });

  test('renderPortRange() of 22-22 writes the single port without a dash', () => {
    expect(render('22', '22').split('\n')[0]).toBe('ports 22: 1 port');
  });
});
