/** The `--pause` option of `netlab lesson` and `netlab tour`: stop after each step on a terminal. */
export const PAUSE_OPTION = {
  type: 'boolean',
  default: true,
  describe: 'on a terminal, wait after each step; --no-pause plays straight through',
} as const;
