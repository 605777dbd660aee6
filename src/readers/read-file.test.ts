import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InputItem } from './input-item.js';
import { readDocumentsFromFile, readFileItems } from './read-file.js';

const FIX = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
async function read(name: string, opts = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readFileItems(join(FIX, name), opts)) items.push(item);
  return items;
}
const docs = (items: InputItem[]) => items.flatMap((i) => (i.kind === 'document' ? [i.doc] : []));
const rejections = (items: InputItem[]) => items.flatMap((i) => (i.kind === 'rejected' ? [[i.input.replace(FIX + '/', ''), i.error]] : []));

describe('text files: dateline, encodings', () => {
  it.each<[string, string, string, string[]]>([
    ['dateline-space.txt', '2025-11-06', 'Kazakhstan is poised to join.', []],
    ['dateline-newline.txt', '2025-11-06', 'Kazakhstan is poised to join.', []],
    ['dateline-blank-line.txt', '2025-11-06', 'Kazakhstan is poised to join.', []],
    ['utf8-bom.txt', '2025-11-06', 'Astana’s envoy met the Emir — café talks.', []],
    ['utf16le-bom.txt', '2025-11-06', 'Astana’s envoy met the Emir — café talks.', []],
    ['utf16be-bom.txt', '2025-11-06', 'Astana’s envoy met the Emir — café talks.', []],
    ['latin1.txt', '2025-11-06', 'Le ministre français a rencontré son homologue à Genève.', ['not valid UTF-8; read as Windows-1252 (Latin-1)']],
    ['windows-1252.txt', '2025-11-06', 'He said “yes” – twice.', ['not valid UTF-8; read as Windows-1252 (Latin-1)']],
  ])('%s', async (name, date, text, warnings) => {
    const [doc] = docs(await read(name));
    expect(doc).toMatchObject({ id: name, date, text, format: 'text', title: null });
    expect(doc!.warnings).toEqual(warnings);
  });

  it('--date overrides the dateline and dates an undated file', async () => {
    expect(docs(await read('dateline-space.txt', { date: '2024-01-02' }))[0]!.date).toBe('2024-01-02');
    expect(docs(await read('no-dateline.txt', { date: '2024-01-02' }))[0]!.text).toBe('Kazakhstan is poised to join, officials said.');
  });

  it('a missing date is the contract error, through readDocumentsFromFile too', async () => {
    expect(rejections(await read('no-dateline.txt'))).toEqual([['no-dateline.txt', 'no usable date: give a dateline "date YYYY-MM-DD" or --date']]);
    await expect(readDocumentsFromFile(join(FIX, 'no-dateline.txt'))).rejects.toThrow(/no usable date/);
  });
});

describe('HTML pages: main text and metadata date', () => {
  it.each<[string, string, string | null, string[]]>([
    ['og-published-time.html', '2025-11-04', 'https://news.example/astana-talks', []],
    ['jsonld-date-published.html', '2025-11-03', null, []],
    ['dublin-core.html', '2025-11-02', null, []],
    ['pubdate-compact.html', '2025-11-01', null, []],
    ['time-element.html', '2025-10-29', null, []],
    ['modified-only.html', '2025-10-30', null, ['no publication date; used the modification date (meta article:modified_time)']],
  ])('%s', async (name, date, url, warnings) => {
    const [doc] = docs(await read(name));
    expect(doc).toMatchObject({ id: name, date, url, format: 'html', warnings });
    expect(doc!.text).toMatch(/^Ministers meet in Astana\n\nForeign ministers from five Central Asian states met in Astana on Tuesday/);
    expect(doc!.text).toContain('\n\nThe talks, the third round this year,');
    // Navigation and footer are not the article.
    expect(doc!.text).not.toMatch(/Home|World|©/);
  });

  it.each<[string, string, string | null, string[]]>([
    ['canonical-url-date.html', '2025-10-18', 'https://news.example/world/2025/10/18/envoys-meet-muscat', []],
    ['truncated-page.html', '2025-10-17', null, ['the page looks truncated (no closing </html>); read what is there']],
  ])('%s', async (name, date, url, warnings) => {
    const [doc] = docs(await read(name));
    expect(doc).toMatchObject({ id: name, date, url, format: 'html', warnings, title: 'Envoys meet' });
    expect(doc!.text).toMatch(/^Envoys meet in Muscat\n\nEnvoys from Iran and the United States met in Muscat on Saturday/);
  });

  it('a page without a date is refused unless --date is given', async () => {
    expect(rejections(await read('no-date.html'))).toEqual([['no-date.html', 'no usable date: the page has no publication date in its metadata; give --date']]);
    expect(docs(await read('no-date.html', { date: '2025-01-01' }))[0]!.date).toBe('2025-01-01');
  });
});

describe('RSS and Atom feeds: one document per item', () => {
  it('RSS 2.0: guid, pubDate, dc:date, CDATA, content:encoded, title-only items; undated item refused', async () => {
    const items = await read('rss2.xml');
    expect(docs(items).map((d) => [d.id, d.date, d.title, d.text, d.url])).toEqual([
      ['news-example-1001', '2025-11-06', 'Oman and Qatar sign a port agreement',
        'Oman and Qatar signed a port agreement on Thursday.\n\nOfficials called it “a first step”.', 'https://news.example/oman-qatar?ref=rss&src=feed'],
      ['https://news.example/summit', '2025-11-05', 'Summit postponed & rescheduled',
        'The regional summit was postponed to December, the host said.', 'https://news.example/summit'],
      ['https://news.example/envoys', '2025-11-04', 'Title only: envoys arrive in Muscat', 'Title only: envoys arrive in Muscat', 'https://news.example/envoys'],
    ]);
    expect(docs(items)[2]!.warnings).toEqual(['the feed item has no content; its title is the text']);
    expect(rejections(items)).toEqual([['rss2.xml:20', 'no usable date: the feed item has no pubDate, published, updated or dc:date; give --date']]);
    expect(docs(items).every((d) => d.format === 'feed')).toBe(true);
  });

  it('Atom: published before updated, html / xhtml / text content, alternate link', async () => {
    expect(docs(await read('atom.xml')).map((d) => [d.id, d.date, d.title, d.text, d.url])).toEqual([
      ['urn:example:wire:1', '2025-11-03', 'Talks <resume> in Geneva', 'Delegations from both sides resumed talks in Geneva.', 'https://wire.example/1'],
      ['urn:example:wire:2', '2025-11-05', 'Ceasefire holds', 'The ceasefire held for a third day.\n\nMonitors reported no incidents.', null],
      ['urn:example:wire:3', '2025-11-06', 'A <plain> summary', 'Envoys said a 5 < 6 vote passed.', null],
    ]);
  });

  it('RSS 1.0 (RDF): items beside the channel, id from rdf:about', async () => {
    expect(docs(await read('rss1.rdf')).map((d) => [d.id, d.date, d.text])).toEqual([
      ['https://old.example/story-7', '2025-11-03', 'The parliament ratified the treaty on Monday.'],
    ]);
  });

  it('a truncated feed keeps its complete items and reports the rest', async () => {
    const items = await read('truncated-rss.xml');
    expect(docs(items).map((d) => d.id)).toEqual(['news-example-1001', 'https://news.example/summit']);
    expect(rejections(items)).toEqual([
      ['truncated-rss.xml:20', 'no usable date: the feed item has no pubDate, published, updated or dc:date; give --date'],
      ['truncated-rss.xml', 'truncated or malformed XML: elements never closed (rss > channel > item > lin); 3 complete item(s) kept'],
    ]);
  });

  // the feed reader loads with the first feed read: loaded before the clock starts
  beforeAll(() => import('./feed/feed.js'));

  it.each([['billion-laughs.xml'], ['external-entity.xml']])('%s is refused before any entity is read', async (name) => {
    const t = performance.now();
    expect(rejections(await read(name))).toEqual([[name, 'XML declares entities (<!ENTITY>); refused: entity expansion is disabled']]);
    expect(performance.now() - t).toBeLessThan(200);
  });
});

describe('JSONL files: one document per line', () => {
  it('a bad line is a rejection path:line and the file goes on', async () => {
    const items = await read('with-bad-line.jsonl');
    expect(docs(items).map((d) => [d.id, d.date, d.title, d.origin.replace(FIX + '/', '')])).toEqual([
      ['j1', '2025-11-04', 'First', 'with-bad-line.jsonl:1'],
      ['j4', '2025-11-06', null, 'with-bad-line.jsonl:5'],
      ['j6', '2025-11-07', null, 'with-bad-line.jsonl:8'],
    ]);
    expect(rejections(items)).toEqual([
      ['with-bad-line.jsonl:2', 'malformed JSON'],
      ['with-bad-line.jsonl:3', 'no usable date: give "date": "YYYY-MM-DD" or --date'],
      ['with-bad-line.jsonl:6', 'a line must be a JSON object'],
      ['with-bad-line.jsonl:7', 'invalid date "2025-02-30"'],
    ]);
  });
});
