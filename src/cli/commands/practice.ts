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
        describe: 'practice-words',
      })
      .option('seed', {
        type: 'string',
        describe: 'practice-seed',
      })
      .option('count', { type: 'string', describe: 'practice-count' })
      .option('level', { type: 'string', default: 'easy', describe: 'practice-level' })
      .option('time-limit', { type: 'string', describe: 'practice-time-limit' })
      .option('topic', {
        type: 'string',
        array: true,
        describe: 'practice-topic',
      })
      .option('answers', {
        type: 'boolean',
        default: false,
        describe: 'practice-answers',
      })
      .option('format', { type: 'string', describe: 'practice-format' })
      .option('lang', langOption('practice-lang'))
      .example('netlab practice subnet mask --level medium', 'practice-example-1')
      .example('netlab practice --seed s1234 --count 20 --json --answers', 'practice-example-2')
      .example('netlab practice grade answers.txt --seed s1234 --count 20', 'practice-example-3')
      .example('netlab practice sheet subnet --seed s1234 --format gift', 'practice-example-4'),
});
