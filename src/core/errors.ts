/**
 * An error a user can act on. The CLI prints it as the contract's one line:
 * `accords: <message> (<where>)`.
 *
 * @example throw new AccordsError('no usable date', 'notes.txt')
 */
export class AccordsError extends Error {
  override readonly name = 'AccordsError';
  constructor(message: string, readonly where: string | null = null, readonly exitCode = 1) {
    super(message);
  }
}

/** Formats any thrown value as the contract's one-line error. */
export function errorLine(err: unknown, fallbackWhere?: string): string {
  if (err instanceof AccordsError) {
    const where = err.where ?? fallbackWhere;
    return `accords: ${oneLine(err.message)}${where ? ` (${where})` : ''}`;
  }
  const msg = err instanceof Error ? err.message : String(err);
  return `accords: ${oneLine(msg)}${fallbackWhere ? ` (${fallbackWhere})` : ''}`;
}

export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
