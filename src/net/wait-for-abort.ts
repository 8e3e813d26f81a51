/** Resolves when `signal` aborts (Ctrl-C): how a server started with --role runs until stopped. */
export function waitForAbort(signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
