import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { rejectedItem, type InputItem } from './input-item.js';
import { readFileItems, type ReadOptions } from './read-file.js';
import { reasonOf } from './reason.js';

export type { InputItem } from './input-item.js';
export type { ReadOptions } from './read-file.js';

/**
 * Walks files and folders (recursively, in a stable order) and yields every document they hold,
 * or a rejection naming the input. Never throws for a bad input: a batch goes on. Hidden files and
 * folders inside a folder are skipped; a folder reached twice (a symbolic-link loop or alias) is
 * reported once and not walked again.
 *
 * @example for await (const item of readInputs(['news/'])) if (item.kind === 'document') store(item.doc);
 */
export async function* readInputs(paths: readonly string[], opts: ReadOptions = {}): AsyncGenerator<InputItem> {
  const walk = { visited: new Map<string, string>(), ancestors: new Set<string>() };
  for (const p of paths) yield* readPath(p, opts, walk);
}

interface Walk {
  /** Real path of each folder walked → the path it was first reached by. */
  readonly visited: Map<string, string>;
  /** Real paths of the folders being walked now: reaching one again is a loop. */
  readonly ancestors: Set<string>;
}

async function* readPath(path: string, opts: ReadOptions, walk: Walk): AsyncGenerator<InputItem> {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (err) {
    yield rejectedItem(path, reasonOf(err));
    return;
  }
  if (!st.isDirectory()) {
    yield* readFileItems(path, opts, st);
    return;
  }
  let real: string, names: string[];
  try {
    real = realpathSync(path);
    names = readdirSync(path).filter((n) => !n.startsWith('.')).sort();
  } catch (err) {
    yield rejectedItem(path, `cannot list folder: ${reasonOf(err)}`);
    return;
  }
  if (walk.ancestors.has(real)) {
    yield rejectedItem(path, `symbolic link loop: leads back to ${walk.visited.get(real)}; not followed`);
    return;
  }
  if (walk.visited.has(real)) {
    yield rejectedItem(path, `folder already read as ${walk.visited.get(real)}; not read twice`);
    return;
  }
  walk.visited.set(real, path);
  walk.ancestors.add(real);
  try {
    for (const n of names) yield* readPath(join(path, n), opts, walk);
  } finally {
    walk.ancestors.delete(real);
  }
}
