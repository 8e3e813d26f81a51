import { parseHost, parsePort } from '../net/parse-endpoint.js';
import { DEFAULT_PORTS } from './demo-options.js';
import { oneOf } from './parse-demo-options.js';

/** The parsed options of `netlab chat`. */
export interface ChatOptions {
  readonly role: 'server' | 'client';
  /** Where the server binds, or where the client sends. */
  readonly host: string;
  readonly port: number;
}

/** The arguments of `netlab chat` as yargs hands them over. */
export interface ChatArgs {
  readonly role: string;
  readonly host?: string | undefined;
  readonly port?: string | undefined;
}

/** Turns `netlab chat` arguments into ChatOptions, refusing what cannot work with InputError. */
export function parseChatOptions(args: ChatArgs): ChatOptions {
  const role = oneOf('--role', args.role, ['server', 'client'] as const);
  return {
    role,
    host: args.host === undefined ? '127.0.0.1' : parseHost(args.host),
    port: args.port === undefined ? DEFAULT_PORTS.chat : parsePort(args.port, role),
  };
}
