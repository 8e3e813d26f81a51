import { refuseArgumentsWithStdin, runBatch, splitFields } from '../../batch/run-batch.js';
import { answerPortQuery } from '../../calc/answer-port-query.js';
import { parsePortList } from '../../calc/parse-port-query.js';
import { type CommandContext, contextLang } from '../../core/command-context.js';
import { InputError } from '../../core/errors.js';
import type { ExitCode } from '../../core/exit-code.js';
import { type PortProbe, probePort } from '../../net/port-probe.js';
import { palette } from '../../render/palette.js';
import { portAnswerJson } from '../../render/port-answer-json.js';
import { portLine } from '../../render/port-line.js';
import { renderPortRange } from '../../render/port-range-text.js';
import { renderPort } from '../../render/port-text.js';
import type { ArgsOf } from '../command.js';
import type { portCommand } from '../commands/port.js';

/** Most queries one command line answers; a range or --stdin serves for more. */
const MAX_QUERIES = 256;

function answerStdin(given: readonly string[], context: CommandContext): Promise<ExitCode> {
  refuseArgumentsWithStdin(given);
  const compute = (line: string) => {
    const fields = splitFields(line);
    const queries = fields.length === 1 ? parsePortList(fields[0] ?? '') : [];
    const [query] = queries;
    if (query === undefined || queries.length > 1) {
      throw new InputError('bad-port-case', { value: JSON.stringify(line.trim()) });
    }
    return answerPortQuery(query);
  };
  return runBatch(
    { compute, renderText: portLine, toJson: (answer) => portAnswerJson(answer) },
    context,
  );
}

async function reportPorts(
  texts: readonly string[],
  check: boolean,
  context: CommandContext,
): Promise<ExitCode> {
  const queries = texts.flatMap(parsePortList);
  if (queries.length > MAX_QUERIES) {
    throw new InputError('too-many-ports', { count: queries.length, max: MAX_QUERIES });
  }
  if (check && queries.some((query) => query.kind === 'range')) {
    throw new InputError('check-range');
  }
  const paint = palette(context.color);
  const lang = contextLang(context);
  const parts: string[] = [];
  for (const answer of queries.map(answerPortQuery)) {
    const ports =
      answer.kind === 'port' ? [answer.info] : answer.kind === 'service' ? answer.ports : [];
    // Port 0 means "any free port" and cannot be checked: its check is null.
    const checks: (PortProbe | null)[] = [];
    if (check) {
      for (const port of ports) checks.push(port.port === 0 ? null : await probePort(port.port));
    }
    const checked = check ? checks : undefined;
    if (context.json) {
      parts.push(`${JSON.stringify(portAnswerJson(answer, checked))}\n`);
    } else if (answer.kind === 'range') {
      parts.push(renderPortRange(answer.summary, paint, lang));
    } else {
      parts.push(
        ...ports.map((port, at) => renderPort(port, paint, { check: checked?.[at], lang })),
      );
    }
  }
  context.io.stdout.write(parts.join(context.json ? '' : '\n'));
  return 0;
}

export async function run(
  argv: ArgsOf<typeof portCommand>,
  context: CommandContext,
): Promise<ExitCode> {
  const ports = argv.ports ?? [];
  if (argv.stdin) {
    if (argv.check) throw new InputError('check-with-stdin');
    return answerStdin(ports, context);
  }
  if (ports.length === 0) throw new InputError('port-needs-input');
  return reportPorts(ports, argv.check, context);
}
