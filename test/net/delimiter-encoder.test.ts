import { describe, expect, test } from 'vitest';
import { encodeDelimitedFrame } from '../../src/net/delimiter-encoder.js';
import { DelimiterInPayloadError } from '../../src/net/delimiter-in-payload-error.js';

describe('encodeDelimitedFrame()', () => {
  test('appends a newline to the message', () => {
    expect(encodeDelimitedFrame(Buffer.from('hi')).toString()).toBe('hi\n');
  });

  test('refuses a message that contains a newline, naming where', () => {
    let caught: unknown;
    try {
      encodeDelimitedFrame(Buffer.from('line one\nline two'));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DelimiterInPayloadError);
    expect(caught).toMatchObject({ code: 'delimiter-in-payload', offset: 8 });
    expect((caught as Error).message).toBe(
      'cannot frame the message with a newline delimiter: it holds a newline at byte 8, so the receiver would split it there (escape it, or use length-prefix framing)',
    );
  });
});
