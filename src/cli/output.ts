/** Writes JSON to stdout, the only place `--json` output goes. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}
