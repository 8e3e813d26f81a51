import { defineCommand } from '../command.js';

/** `netlab tour`: every lesson in course order. */
export const tourCommand = defineCommand({
  command: 'tour',
  describe: 'Play every lesson in order',
  group: 'lessons',
  example: 'netlab tour --no-pause',
  builder: (yargs) =>
    yargs
      .option('pause', {
        type: 'boolean',
        default: true,
        describe: 'on a terminal, wait after each step; --no-pause plays straight through',
      })
      .option('lang', {
        type: 'string',
        choices: ['en', 'zh'] as const,
        describe: 'language of the lessons (default from LANG/LC_ALL)',
      }),
  run: async (argv, context) => {
    const { playLessons } = await import('./lesson.js');
    return playLessons('all', argv, context);
  },
});
