import { InputError } from '../core/errors.js';

/** The parsed arguments as a yargs middleware sees them. */
type ParsedArgs = Readonly<Record<string, unknown>> & { readonly _: readonly (string | number)[] };

/**
 * What yargs passes a middleware as its second argument: the parser, whose getOptions() is
 * public in yargs' own API though @types/yargs declares neither the argument nor the method.
 */
interface ParserOptions {
  getOptions(): { readonly array: readonly string[] };
}

/**
 * A yargs middleware (run before validation) that refuses an option given more than once, unless
 * it is declared as an array: yargs would otherwise hand the command an array where it expects one
 * value (`--port 1 --port 2`), or join the values (`--payload a --payload b` as "a,b").
 */
export function refuseRepeatedOptions(argv: ParsedArgs, ...rest: unknown[]): void {
  const parser = rest[0] as ParserOptions;
  const arrays = new Set(parser.getOptions().array);
  for (const [key, value] of Object.entries(argv)) {
    // `--` holds the operands after it (populate--), which may repeat.
    if (key === '_' || key === '$0' || key === '--') continue;
    if (!Array.isArray(value) || arrays.has(key)) continue;
    const command = argv._[0];
    throw new InputError('option-given-twice', {
      option: key.length === 1 ? `-${key}` : `--${key}`,
      help: command === undefined ? 'netlab --help' : `netlab ${command} --help`,
    });
  }
}
