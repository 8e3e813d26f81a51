import type { Argv } from 'yargs';

/** The corner of yargs' internals that decides whether help text is drawn without being asked. */
interface UsageInternals {
  getInternalMethods?: () => { getUsageInstance: () => { cacheHelpMessage: () => void } };
}

/**
 * Stops yargs drawing the running command's help text before every run. yargs keeps that text in
 * case `showHelp()` is called after the handler; netlab never calls it, and `.fail()` throws, so
 * the drawing (cliui, string-width: about 10 ms) was pure start-up cost. Asked-for help
 * (`--help`) is drawn as before.
 */
export function skipUnaskedHelp(parser: Argv): void {
  const internals = (parser as unknown as UsageInternals).getInternalMethods?.();
  if (internals) internals.getUsageInstance().cacheHelpMessage = () => {};
}
