import type { CommandContext } from '../../core/command-context.js';
import { InputError } from '../../core/errors.js';
import type { ExitCode } from '../../core/exit-code.js';
import type { PortProbe } from '../../net/port-probe.js';
import { defineCommand } from '../command.js';

/** Most queries one command line answers; a range or --stdin serves for more. */
const MAX_QUERIES = 256;

/** Loads what port needs to read and answer queries, only when it runs. */
async function load() {
  const [parse, answer, json] = await Promise.all([
    import('../../calc/parse-port-query.js'),
    import('../../calc/answer-port-query.js'),
    import('../../render/port-answer-json.js'),
  ]);
  return { ...parse, ...answer, ...json };
}

async function answerStdin(given: readonly string[], context: CommandContext): Promise<ExitCode> {
  const [code, batch, { portLine }] = await Promise.all([
    load(),
    import('../../batch/run-batch.js'),
    import('../../render/port-line.js'),
  ]);
  batch.refuseArgumentsWithStdin(given);
  const compute = (line: string) => {
    const fields = batch.splitFields(line);
    const queries = fields.length === 1 ? code.parsePortList(fields[0] ?? '') : [];
    const [query] = queries;
    if (query === undefined || queries.length > 1) {
      throw new InputError('bad-port-case', { value: JSON.stringify(line.trim()) });
    }
    return code.answerPortQuery(query);
  };
  return batch.runBatch(
    { compute, renderText: portLine, toJson: (answer) => code.portAnswerJson(answer) },
    context,
  );
}

async function reportPorts(texts: readonly string[], check: boolean, context: CommandContext) {
  const [code, text, rangeText, colors] = await Promise.all([
    load(),
    import('../../render/port-text.js'),
    import('../../render/port-range-text.js'),
    import('../../render/palette.js'),
  ]);
  const queries = texts.flatMap(code.parsePortList);
  if (queries.length > MAX_QUERIES) {
    throw new InputError('too-many-ports', { count: queries.length, max: MAX_QUERIES });
  }
  if (check && queries.some((query) => query.kind === 'range')) {
    throw new InputError('check-range');
  }
  const answers = queries.map(code.answerPortQuery);
  const probe = check ? (await import('../../net/port-probe.js')).probePort : null;
  const palette = colors.palette(context.color);
  const parts: string[] = [];
  for (const answer of answers) {
    const ports =
      answer.kind === 'port' ? [answer.info] : answer.kind === 'service' ? answer.ports : [];
    // Port 0 means "any free port" and cannot be checked: its check is null.
    const checks: (PortProbe | null)[] = [];
    if (probe !== null) {
      for (const port of ports) checks.push(port.port === 0 ? null : await probe(port.port));
    }
    const checked = probe === null ? undefined : checks;
    if (context.json) {
      parts.push(`${JSON.stringify(code.portAnswerJson(answer, checked))}\n`);
    } else if (answer.kind === 'range') {
      parts.push(rangeText.renderPortRange(answer.summary, palette));
    } else {
      parts.push(...ports.map((port, at) => text.renderPort(port, palette, checked?.[at])));
    }
  }
  context.io.stdout.write(parts.join(context.json ? '' : '\n'));
  return 0 as const;
}

/** `netlab port PORT...`: range, services and, with --check, bind status on loopback. */
export const portCommand = defineCommand({
  command: 'port [ports..]',
  describe: 'Which IANA range a port is in, what runs on it; or the port of a service',
  group: 'calculators',
  example: 'netlab port 80 3306 50000',
  builder: (yargs) =>
    yargs
      .positional('ports', {
        type: 'string',
        array: true,
        describe:
          'port numbers (0 to 65535), lists (80,443), ranges (1-1024) or service names (https)',
      })
      .option('check', {
        type: 'boolean',
        default: false,
        describe: 'also test whether each port is free to bind on 127.0.0.1 now (TCP and UDP)',
      })
      .option('stdin', {
        type: 'boolean',
        default: false,
        describe: 'read one port, range or service name a line from stdin; one answer a line',
      })
      .example('$0 port 443', 'its range and the services on it')
      .example('$0 port ssh', 'the port a service uses')
      .example('$0 port 80,443 1-1024', 'a list, and a range in a few lines')
      .example('$0 port --check 8080', 'also: free to bind on 127.0.0.1 now?'),
  run: async (argv, context) => {
    const ports = argv.ports ?? [];
    if (argv.stdin) {
      if (argv.check) {
        throw new InputError('check-with-stdin');
      }
      return answerStdin(ports, context);
    }
    if (ports.length === 0) {
      throw new InputError('port-needs-input');
    }
    return reportPorts(ports, argv.check, context);
  },
});
