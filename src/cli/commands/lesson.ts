import { commandSpec } from '../command.js';
import { lessonLangOption } from './_lang-option.js';
import { LAB_OPTION, PAUSE_OPTION } from './_play-options.js';

/** The forms `--export` writes a lesson in. */
export const EXPORT_FORMATS = ['md', 'html'] as const;

/** `netlab lesson [ID]`: list the lessons, or play one step by step. */
export const lessonCommand = commandSpec({
  command: 'lesson [id]',
  describe: 'List the lessons, or play one step by step',
  group: 'lessons',
  example: 'netlab lesson ports',
  builder: (yargs) =>
    yargs
      .positional('id', {
        type: 'string',
        describe: 'lesson-id',
      })
      .option('pause', PAUSE_OPTION)
      .option('lab', LAB_OPTION)
      .option('lang', lessonLangOption('lesson-lang'))
      .option('export', {
        choices: EXPORT_FORMATS,
        describe: 'lesson-export',
      })
      .option('out', {
        type: 'string',
        describe: 'lesson-out',
      })
      .example('netlab lesson', 'lesson-example-1')
      .example('netlab lesson arp --lang zh', 'lesson-example-2')
      .example('netlab lesson ports --no-pause > ports.txt', 'lesson-example-3')
      .example('netlab lesson arp --export html --out arp.html', 'lesson-example-4'),
});
