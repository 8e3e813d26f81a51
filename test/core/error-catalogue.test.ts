import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, test as tableTest } from 'vitest';
import {
  chooseTemplate,
  ERROR_CATALOGUE,
  type ErrorCode,
  exitStatus,
  fillTemplate,
} from '../../src/core/error-catalogue.js';
import { InputError, InternalError, NetlabError } from '../../src/core/errors.js';
import { reason } from '../../src/core/reason.js';

function templatesOf(lang: string): Record<string, string> {
  return JSON.parse(
    readFileSync(new URL(`../../content/messages/${lang}/errors.json`, import.meta.url), 'utf8'),
  );
}
const english = templatesOf('en');
const chinese = templatesOf('zh');
const codes = Object.keys(ERROR_CATALOGUE) as ErrorCode[];
/** yargs' own refusals arrive as English sentences: the one code that passes a message through. */
const PASSED_THROUGH: readonly ErrorCode[] = ['usage'];

/** The `{name}` placeholders of a template, each once, in order. */
function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))];
}

describe('the error catalogue', () => {
  test('every code has an English template, and every template a code', () => {
    expect(Object.keys(english).sort()).toEqual([...codes].sort());
  });

  test.each(codes)('the template of %s fills exactly the values the code declares', (code) => {
    expect(placeholders(english[code] ?? '')).toEqual([...ERROR_CATALOGUE[code].params]);
  });

  test.each(codes.filter((code) => !PASSED_THROUGH.includes(code)))(
    '%s has words of its own in English and Chinese, not a message passed through',
    (code) => {
      expect(ERROR_CATALOGUE[code].params).not.toContain('message');
      expect(english[code]).not.toBe('{message}');
      expect(chinese[code]).not.toBe('{message}');
    },
  );

  test('codes are lower-case words joined by hyphens', () => {
    expect(codes.filter((code) => !/^[a-z]+(-[a-z]+)*$/.test(code))).toEqual([]);
  });

  test('input errors exit 2; runtime failures and bugs exit 1', () => {
    expect([exitStatus('input'), exitStatus('failure'), exitStatus('bug')]).toEqual([2, 1, 1]);
    expect(new InputError('bad-port', { value: '"x"', why: reason('port-empty') }).exitCode).toBe(
      2,
    );
    expect(new NetlabError('interrupted').exitCode).toBe(1);
    expect(new InternalError('no-syn-ack').exitCode).toBe(1);
  });

  test('an error carries its code, its values and the filled template as its message', () => {
    const why = reason('port-over-max', { max: 65_535 });
    const error = new InputError('bad-port', { value: '"70000"', why });
    expect(error).toMatchObject({
      code: 'bad-port',
      params: { value: '"70000"', why: { key: 'port-over-max', params: { max: 65_535 } } },
      message: 'cannot parse port "70000": it is over 65535, the largest 16-bit number',
    });
  });
});

describe('fillTemplate()', () => {
  test.prop([fc.string().filter((text) => !text.includes('{'))])(
    'leaves text without placeholders as it is',
    (text) => {
      expect(fillTemplate(text, { value: 'x' })).toBe(text);
    },
  );

  test.prop([fc.string().filter((text) => !text.includes('{')), fc.string()])(
    'puts each value in place of its placeholder, whatever the value holds',
    (before, value) => {
      expect(fillTemplate(`${before}{value}!`, { value })).toBe(`${before}${value}!`);
    },
  );

  test('keeps a placeholder that has no value, so a missing value shows', () => {
    expect(fillTemplate('port {port} on {host}', { port: 80 })).toBe('port 80 on {host}');
  });
});

describe('chooseTemplate() picks the plural form by count', () => {
  const forms: Readonly<Record<string, string>> = {
    'n.one': 'one',
    'n.many': 'many',
    'n.other': 'other',
  };
  const lookup = (key: string) => forms[key];
  const choose = (lang: string, count: number | bigint) =>
    chooseTemplate(lookup, 'n', { count }, new Intl.PluralRules(lang));

  const cases: readonly (readonly [string, number | bigint, string])[] = [
    ['en', 1, 'one'],
    ['en', 1n, 'one'],
    ['en', 2n, 'other'],
    ['en', 0n, 'other'],
    ['en', 2n ** 128n, 'other'],
    ['en', 10n ** 30n + 1n, 'other'],
    ['fr', 1n, 'one'],
    ['fr', 2_000_000n, 'many'],
    ['fr', 10n ** 30n, 'many'],
    ['fr', 10n ** 30n + 1n, 'other'],
    ['zh', 1n, 'other'],
  ];
  tableTest.for(cases)('in %s, count %s chooses "%s"', ([lang, count, form]) => {
    expect(choose(lang, count)).toBe(form);
  });

  tableTest.for([0, 1, 2, 21, 1_000_000])(
    'in French, the bigint %i chooses as the number does',
    (count) => {
      expect(choose('fr', BigInt(count))).toBe(choose('fr', count));
    },
  );
});
