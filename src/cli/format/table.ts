import Table from 'cli-table3';

type Options = ConstructorParameters<typeof Table>[0];

/** A text table; coloured only on a terminal, so piped output stays plain text. */
export function table(opts: Options = {}): InstanceType<typeof Table> {
  const plain = !process.stdout.isTTY || 'NO_COLOR' in process.env;
  return new Table(plain ? { ...opts, style: { head: [], border: [], ...(opts?.style ?? {}) } } : opts);
}
