import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tmp } from '../helpers.js';

const FIX = join(ROOT, 'src/readers/__fixtures__');

describe('accords extract FILE... on every file type', () => {
  it('reads an HTML page and an RSS feed; offsets are into the extracted text', () => {
    const r = runCli(['extract', join(FIX, 'og-published-time.html'), join(FIX, 'rss1.rdf'), '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout) as { doc: { id: string; date: string }; entities: { mentions: { start: number; end: number; text: string }[] }[] }[];
    expect(out.map((o) => [o.doc.id, o.doc.date])).toEqual([['og-published-time.html', '2025-11-04'], ['https://old.example/story-7', '2025-11-03']]);
    const mention = out[0]!.entities.flatMap((e) => e.mentions).find((m) => m.text === 'Astana');
    expect(mention).toBeDefined();
    expect(mention!.start).toBe('Ministers meet in '.length);
  });

  it('reports each refused file or item on its own contract line, goes on, and exits 1', () => {
    const r = runCli(['extract', join(FIX, 'billion-laughs.xml'), join(FIX, 'rss2.xml'), join(FIX, 'latin1.txt'), '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `accords: XML declares entities (<!ENTITY>); refused: entity expansion is disabled (${join(FIX, 'billion-laughs.xml')})`,
      `accords: no usable date: the feed item has no pubDate, published, updated or dc:date; give --date (${join(FIX, 'rss2.xml')}:20)`,
      `accords: warning: the feed item has no content; its title is the text (${join(FIX, 'rss2.xml')}:25)`,
      `accords: warning: not valid UTF-8; read as Windows-1252 (Latin-1) (${join(FIX, 'latin1.txt')})`,
    ]);
    expect(JSON.parse(r.stdout).map((o: { doc: { id: string } }) => o.doc.id)).toEqual([
      'news-example-1001', 'https://news.example/summit', 'https://news.example/envoys', 'latin1.txt',
    ]);
  });

  it('--max-size refuses a larger file with the limit in the reason', () => {
    const p = join(tmp(), 'big.txt');
    writeFileSync(p, 'date 2025-11-06\n\n' + 'Talks went on. '.repeat(200));
    const r = runCli(['extract', p, '--max-size', '1k', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`accords: file larger than the 1 KB limit (2.9 KB; --max-size) (${p})`);
    expect(runCli(['extract', p, '--max-size', 'lots']).stderr.trim()).toBe('accords: invalid size "lots": give bytes or a number with k, MB or GB (--max-size)');
  });
});
