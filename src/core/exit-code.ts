/** Exit codes netlab promises: 0 done, 1 runtime failure, 2 bad input or usage. */
export type ExitCode = 0 | 1 | 2;
