/** Every demo `netlab demo NAME` runs, in menu order. */
export const DEMO_NAMES = ['tcp', 'sticky', 'udp', 'ports', 'bind', 'http', 'transfer'] as const;

/** The name of one demo. */
export type DemoName = (typeof DEMO_NAMES)[number];

/** Which end a run plays: both in one process (the default), or one of them. */
export type DemoRole = 'both' | 'server' | 'client';

/**
 * The port each demo uses when `--role` is given without `--port`, so that two terminals find
 * each other with no extra typing. Both ends in one process use an OS-chosen free port instead.
 * tcp and udp use the ports of the course's programs.
 */
export const DEFAULT_PORTS: Readonly<Record<DemoName | 'chat', number>> = {
  tcp: 9514,
  sticky: 9515,
  udp: 9000,
  ports: 9516,
  bind: 9517,
  http: 8080,
  // Not 9518, receive's port: the demo and a real receiver can run side by side.
  transfer: 9519,
  chat: 9000,
};

/** The parsed options of `netlab demo NAME`. */
export interface DemoOptions {
  readonly name: DemoName;
  readonly role: DemoRole;
  /** Where a server binds or a client connects; 127.0.0.1 unless --host. */
  readonly host: string;
  /** The port to use: --port, else DEFAULT_PORTS[name] with a role, else 0 (OS-chosen). */
  readonly port: number;
  /** Play the course's flawed protocol (transfer only). */
  readonly broken: boolean;
}
