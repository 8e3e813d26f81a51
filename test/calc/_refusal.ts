import { expect } from 'vitest';
import { InputError } from '../../src/core/errors.js';

/** The message `run` throws, asserting it is bad input (InputError, exit 2). */
export function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(2);
    return (error as InputError).message;
  }
  throw new Error('the input was accepted');
}
