import type { Argv } from 'yargs';
import { InputError } from '../core/errors.js';

/**
 * Refuses an option given more than once unless it is declared as an array: yargs would otherwise
 * collect the values into an array that a string option's code does not expect.
 */
export function refuseRepeatedOptions(parser: Argv): void {
  parser.middleware((argv) => {
    // getOptions exists at run time but is missing from @types/yargs.
    const options = (parser as unknown as { getOptions(): { array: string[] } }).getOptions();
    const arrays = new Set(options.array);
    for (const [name, value] of Object.entries(argv)) {
      if (name === '_' || name === '$0' || !Array.isArray(value) || arrays.has(name)) continue;
      throw new InputError('option-repeated', { option: `--${name}` });
    }
  }, true);
}
