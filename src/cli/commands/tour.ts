import { commandSpec } from '../command.js';
import { lessonLangOption } from './_lang-option.js';
import { LAB_OPTION, PAUSE_OPTION } from './_play-options.js';

/** `netlab tour`: every lesson in course order. */
export const tourCommand = commandSpec({
  command: 'tour',
  describe: 'Play every lesson in order',
  group: 'lessons',
  example: 'netlab tour --no-pause',
  builder: (yargs) =>
    yargs
      .option('pause', PAUSE_OPTION)
      .option('lab', LAB_OPTION)
      .option('lang', lessonLangOption('tour-lang')),
});
