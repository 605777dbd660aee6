import { AccordsError } from '../core/errors.js';

/** The default per-document size limit (`--max-size`): 10 MB. */
export const DEFAULT_MAX_SIZE = 10 * 1024 * 1024;

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/**
 * Parses a size such as `10MB`, `512k` or `2000000` into bytes.
 *
 * @example parseSize('10MB') // 10485760
 */
export function parseSize(s: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(s);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0) {
    throw new AccordsError(`invalid size "${s}": give bytes or a number with k, MB or GB`, '--max-size');
  }
  return Math.floor(Number(m[1]) * unit);
}

/** A size for messages: `10 MB`, `512 KB`, `900 bytes`. */
export function formatSize(n: number): string {
  if (n >= 1024 ** 2) return `${+(n / 1024 ** 2).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
