import type { CommandContext } from '../../core/command-context.js';
import { InputError } from '../../core/errors.js';
import type { PortProbe } from '../../net/port-probe.js';
import { defineCommand } from '../command.js';

async function reportPorts(texts: readonly string[], check: boolean, context: CommandContext) {
  const [number, info, text, json, colors] = await Promise.all([
    import('../../calc/port-number.js'),
    import('../../calc/port-info.js'),
    import('../../render/port-text.js'),
    import('../../render/port-json.js'),
    import('../../render/palette.js'),
  ]);
  const ports = texts.map((input) => info.describePort(number.parsePort(input)));
  const probe = check ? (await import('../../net/port-probe.js')).probePort : null;
  const palette = colors.palette(context.color);
  const parts: string[] = [];
  for (const port of ports) {
    // undefined: --check not given; null: port 0, which means "any free port" and has no answer.
    let checked: PortProbe | null | undefined;
    if (probe !== null) checked = port.port === 0 ? null : await probe(port.port);
    parts.push(
      context.json
        ? `${JSON.stringify(json.portToJson(port, checked))}\n`
        : text.renderPort(port, palette, checked),
    );
  }
  context.io.stdout.write(parts.join(context.json ? '' : '\n'));
  return 0 as const;
}

/** `netlab port PORT...`: range, services and, with --check, bind status on loopback. */
export const portCommand = defineCommand({
  command: 'port [ports..]',
  describe: 'Is a port valid, which IANA range is it in, what usually runs on it',
  group: 'calculators',
  example: 'netlab port 80 3306 50000',
  builder: (yargs) =>
    yargs
      .positional('ports', { type: 'string', array: true, describe: 'port-ports' })
      .option('check', {
        type: 'boolean',
        default: false,
        describe: 'port-check',
      }),
  run: async (argv, context) => {
    const ports = argv.ports ?? [];
    if (ports.length === 0) {
      throw new InputError('port-needs-input');
    }
    return reportPorts(ports, argv.check, context);
  },
});
