import { commandSpec } from '../command.js';
import { langOption } from './_lang-option.js';

/** `netlab practice [TOPIC...]`, `practice grade FILE`, `practice sheet`: seeded drills, grading and worksheets. */
export const practiceCommand = commandSpec({
  command: 'practice [words..]',
  describe: 'Seeded drills with worked answers; grading, worksheets, Moodle',
  group: 'lessons',
  example: 'netlab practice subnet --seed s1234',
  builder: (yargs) =>
    yargs
      .positional('words', {
        type: 'string',
        array: true,
        describe:
          'topics (subnet same-subnet mask classify ports mac binary tcp arp vlsm), or "grade FILE", or "sheet TOPIC..."',
      })
      .option('seed', {
        type: 'string',
        describe: 'the same seed gives the same questions (a student id)',
      })
      .option('count', { type: 'string', describe: 'how many questions, 1-500 (default 10)' })
      .option('level', { type: 'string', default: 'easy', describe: 'easy, medium or hard' })
      .option('time-limit', { type: 'string', describe: 'stop the drill after this many seconds' })
      .option('topic', {
        type: 'string',
        array: true,
        describe: 'topics of the sheet being graded or printed',
      })
      .option('answers', {
        type: 'boolean',
        default: false,
        describe: 'with --json: add the key to every row',
      })
      .option('format', { type: 'string', describe: 'sheet format: md (default) or gift (Moodle)' })
      .option('lang', langOption('the questions and explanations'))
      .example('netlab practice subnet mask --level medium', 'a drill of two topics')
      .example('netlab practice --seed s1234 --count 20 --json --answers', 'the key, for a grader')
      .example('netlab practice grade answers.txt --seed s1234 --count 20', 'grade a student')
      .example('netlab practice sheet subnet --seed s1234 --format gift', 'a Moodle quiz'),
});
