const BINARY_UNITS = ['KiB', 'MiB', 'GiB', 'TiB'] as const;

/**
 * A size for people: exact bytes below 1 KiB, then binary units, whole when the size is an exact
 * multiple and with one decimal otherwise.
 *
 * @example
 * formatBytes(67_108_864); // '64 MiB'
 * formatBytes(1_000_000); // '976.6 KiB'
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < BINARY_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${BINARY_UNITS[unit]}`;
}

/** Megabytes (10^6 bytes) per second, the unit network speeds are quoted in. */
export function megabytesPerSecond(bytes: number, seconds: number): number {
  return seconds > 0 ? bytes / 1e6 / seconds : 0;
}

/**
 * A rate for people, e.g. "152.3 MB/s"; a rate that would show as 0.0 MB/s (a tiny file) in
 * kB/s or B/s instead; "-" before any time has passed.
 */
export function formatRate(bytes: number, seconds: number): string {
  if (seconds <= 0) return '- MB/s';
  const rate = megabytesPerSecond(bytes, seconds);
  if (rate >= 0.05) return `${rate >= 100 ? rate.toFixed(0) : rate.toFixed(1)} MB/s`;
  const perSecond = bytes / seconds;
  if (perSecond >= 50) return `${(perSecond / 1e3).toFixed(1)} kB/s`;
  return `${perSecond >= 10 ? perSecond.toFixed(0) : perSecond.toFixed(1)} B/s`;
}

/** A duration for people: "<0.01 s", "0.42 s", "12 s", "3 min 05 s". */
export function formatSeconds(seconds: number): string {
  if (seconds < 0.005) return '<0.01 s';
  if (seconds < 10) return `${seconds.toFixed(2)} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}
