import { AccordsError, oneLine } from '../core/errors.js';

/**
 * The reason a reader refused an input, without the `accords:` prefix or the place (a rejection
 * carries its place apart). Node's errors are told by their code, never by a stack.
 *
 * @example reasonOf(new AccordsError('empty document', 'a.txt')) // 'empty document'
 */
export function reasonOf(err: unknown): string {
  if (err instanceof AccordsError) return oneLine(err.message);
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string') return fsReason(code);
  if (err instanceof RangeError) return `cannot read: ${oneLine(err.message)}`;
  return oneLine(err instanceof Error ? err.message : String(err));
}

/** Says what a file-system error code means for an input. */
export function fsReason(code: string): string {
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'symbolic link loop';
    case 'EISDIR': return 'is a directory';
    case 'ENAMETOOLONG': return 'path too long';
    case 'EIO': return 'input/output error';
    default: return `cannot read (${code})`;
  }
}
