import type { CommandContext } from '../../core/command-context.js';
import type { ExitCode } from '../../core/exit-code.js';
import type { ArgsOf } from '../command.js';
import type { tourCommand } from '../commands/tour.js';
import { playLessons } from './lesson.js';

export async function run(
  argv: ArgsOf<typeof tourCommand>,
  context: CommandContext,
): Promise<ExitCode> {
  return playLessons('all', argv, context);
}
