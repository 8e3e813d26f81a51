/** The `--pause` option of `netlab lesson` and `netlab tour`: stop after each step on a terminal. */
export const PAUSE_OPTION = {
  type: 'boolean',
  default: true,
  describe: 'lesson-pause',
} as const;

/**
 * The `--lab` option of `netlab lesson` and `netlab tour`: whether a step's experiment builds a
 * real LAN (--lab, --no-lab); without it, only on a terminal.
 */
export const LAB_OPTION = { type: 'boolean', describe: 'lesson-lab' } as const;
