import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from './__fixtures__/run.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const shared = path.resolve(repoRoot, '../shared');
const present = existsSync(shared);
if (!present) console.warn(`entities corpus tests skipped: ${shared} is absent`);

function readDated(file: string): { date: string; text: string } {
  const raw = readFileSync(file, 'utf8');
  const m = /^\s*date (\d{4}-\d{2}-\d{2})\s+/.exec(raw);
  return m ? { date: m[1]!, text: raw.slice(m[0].length) } : { date: '2025-11-06', text: raw };
}

describe.skipIf(!present)('on the shared example and corpus', () => {
  it('finds every entity the seed expects in the example article', () => {
    const { date, text } = readDated(path.join(shared, 'examples/2025-11-06-kazakhstan-abraham-accords.txt'));
    const expected = JSON.parse(readFileSync(path.join(shared, 'eval/seed/expected.json'), 'utf8')) as {
      entities: { text: string; id?: string; state?: string; role?: string }[];
    };
    const a = analyze(text, date);
    for (const x of expected.entities) {
      const ids = new Set(a.mentions.filter((m) => m.text === x.text).map((m) => m.entityId));
      const e = [...ids].map((id) => a.entities.get(id)!).find((e) => !x.id || e.id === x.id);
      expect(e, x.text).toBeDefined();
      if (x.state) expect(e!.state === x.state || e!.id === x.state, x.text).toBe(true);
      if (x.role) expect((e!.role ?? '').toLowerCase(), x.text).toContain(x.role.toLowerCase());
    }
  });

  it('reads the diplomacy corpus with non-overlapping, sorted mentions whose text matches', () => {
    const dir = path.join(shared, 'data/diplomacy-corpus');
    let mentions = 0;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const { date, text } = readDated(path.join(dir, f));
      const a = analyze(text, date);
      let lastEnd = -1;
      for (const m of a.mentions) {
        expect(m.start >= lastEnd, f).toBe(true);
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(a.entities.has(m.entityId)).toBe(true);
        lastEnd = m.end;
      }
      mentions += a.mentions.length;
    }
    expect(mentions).toBeGreaterThan(3000);
  });
});
