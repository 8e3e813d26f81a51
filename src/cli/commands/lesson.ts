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
      .option('lang', lessonLangOption('the lesson'))
      .option('export', {
        choices: EXPORT_FORMATS,
        describe: 'write the lesson, with its commands run, as a Markdown handout or an HTML page',
      })
      .option('out', {
        type: 'string',
        describe: 'with --export: the file to write (default: stdout)',
      })
      .example('netlab lesson', 'list the lessons with their length')
      .example('netlab lesson arp --lang zh', 'play the ARP lesson in Chinese')
      .example('netlab lesson ports --no-pause > ports.txt', 'the whole lesson into a file')
      .example('netlab lesson arp --export html --out arp.html', 'a page to project'),
});
