import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What reading one input of the corpus must give: a document (by id) or a rejection matching a reason. */
export type Expected = { input: string; doc: string } | { input: string; error: RegExp };

const article = (date: string, text: string) => `date ${date}\n\n${text}`;
const page = (date: string, body: string) =>
  `<!doctype html><html><head><meta property="article:published_time" content="${date}T08:00:00Z"><title>T</title></head><body>${body}</body></html>`;

/**
 * Builds a folder of hostile inputs beside good documents and a duplicate, and returns what each
 * input must yield. `maxSize` is the per-document limit the caller will read with.
 */
export function buildHostileCorpus(dir: string, maxSize: number): Expected[] {
  const w = (name: string, content: string | Uint8Array) => writeFileSync(join(dir, name), content);
  mkdirSync(join(dir, 'sub'), { recursive: true });
  const ex: Expected[] = [];
  // Good documents.
  w('good-1.txt', article('2025-11-06', 'Kazakhstan is poised to join the Abraham Accords, officials said on Thursday.'));
  w('good-2.txt', article('2025-11-07', 'Oman and Qatar signed a port agreement in Doha on Friday.'));
  w('sub/good-3.html', page('2025-11-05', '<article><h1>Talks resume</h1><p>' + 'Delegations from Egypt and Jordan resumed talks in Cairo on Wednesday, the foreign ministry said. '.repeat(3) + '</p></article>'));
  ex.push({ input: 'good-1.txt', doc: 'good-1.txt' }, { input: 'good-2.txt', doc: 'good-2.txt' }, { input: 'sub/good-3.html', doc: 'good-3.html' });
  // The same document again under another name: readers yield it, the store must keep it once.
  copyFileSync(join(dir, 'good-1.txt'), join(dir, 'sub/good-1-copy.txt'));
  ex.push({ input: 'sub/good-1-copy.txt', doc: 'good-1-copy.txt' });
  // Hostile inputs, each with the reason it must be refused (or the way it must still be read).
  w('empty.txt', '');
  ex.push({ input: 'empty.txt', error: /^empty file$/ });
  w('blank-after-dateline.txt', 'date 2025-11-06\n\n   \n\t\n');
  ex.push({ input: 'blank-after-dateline.txt', error: /^empty document$/ });
  w('attachment.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  ex.push({ input: 'attachment.png', error: /^binary content \(NUL byte at offset 8\)/ });
  w('controls.bin', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0x41 : 1 + (i % 30)))));
  ex.push({ input: 'controls.bin', error: /^binary content \(\d+ control characters/ });
  w('no-date.txt', 'Kazakhstan is poised to join, officials said.');
  ex.push({ input: 'no-date.txt', error: /^no usable date/ });
  w('impossible-date.txt', article('2025-02-30', 'A day that never was.'));
  ex.push({ input: 'impossible-date.txt', error: /^invalid date "2025-02-30"$/ });
  w('odd-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('date 2025-11-06 Hi', 'utf16le'), Buffer.from([0x41])]));
  ex.push({ input: 'odd-utf16.txt', error: /^truncated UTF-16LE text/ });
  w('too-big.txt', article('2025-11-06', 'A'.repeat(maxSize + 10)));
  ex.push({ input: 'too-big.txt', error: /^file larger than the .* limit .*--max-size/ });
  const longLine = 'The envoy said talks would resume, ' + 'and so on, '.repeat(Math.floor((maxSize * 0.3) / 11)) + 'he added.';
  w('one-long-line.txt', article('2025-11-06', longLine));
  ex.push({ input: 'one-long-line.txt', doc: 'one-long-line.txt' });
  w('deep-nesting.html', page('2025-11-04', '<div>'.repeat(100_000) + 'Deeply nested words about the ceasefire talks in Geneva. '.repeat(4) + '</div>'.repeat(100_000)));
  ex.push({ input: 'deep-nesting.html', doc: 'deep-nesting.html' });
  w('scripts-only.html', page('2025-11-04', '<script>var a = "<p>not text</p>";</script><style>p{}</style>'));
  ex.push({ input: 'scripts-only.html', error: /^no readable text in the page$/ });
  w('billion-laughs.xml', '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><item><title>&c;</title></item></channel></rss>');
  ex.push({ input: 'billion-laughs.xml', error: /^XML declares entities/ });
  w('deep.xml', '<rss><channel>' + '<x>'.repeat(100_000) + '</x>'.repeat(100_000) + '</channel></rss>');
  ex.push({ input: 'deep.xml', error: /^XML nested deeper than 256 levels/ });
  w('not-a-feed.xml', '<?xml version="1.0"?><catalog><book>Title</book></catalog>');
  ex.push({ input: 'not-a-feed.xml', error: /^not an RSS or Atom feed/ });
  w('garbled.xml', '<rss><channel><item><title>A</title></itm></channel></rss>');
  ex.push({ input: 'garbled.xml', error: /^malformed XML/ });
  w('truncated.xml', '<rss version="2.0"><channel><item><guid>feed-1</guid><pubDate>Wed, 05 Nov 2025 10:00:00 GMT</pubDate><description>Envoys met in Riyadh on Wednesday.</description></item><item><guid>feed-2</guid><pubDate>Wed, 05 Nov 20');
  ex.push({ input: 'truncated.xml:1', doc: 'feed-1' }, { input: 'truncated.xml', error: /^truncated or malformed XML.*1 complete item\(s\) kept$/ });
  w('empty-feed.xml', '<rss version="2.0"><channel><title>Nothing</title></channel></rss>');
  ex.push({ input: 'empty-feed.xml', error: /^the feed has no items$/ });
  w('mixed.jsonl', [
    JSON.stringify({ id: 'jl-1', date: '2025-11-03', text: 'Bahrain and Israel opened a trade office in Manama.' }),
    '{"id": "jl-2", "date": "2025-11-03", "text": "cut off',
    JSON.stringify({ id: 'jl-3', date: '2025-11-03', text: 'x'.repeat(maxSize + 5) }),
    JSON.stringify({ id: 'jl-4', date: '2025-11-03', text: 'a\u0000b' }),
    JSON.stringify({ id: 'jl-5', date: '2025-11-04', text: 'Morocco hosted a regional security forum.' }),
  ].join('\n'));
  ex.push({ input: 'mixed.jsonl:1', doc: 'jl-1' }, { input: 'mixed.jsonl:2', error: /^malformed JSON$/ },
    { input: 'mixed.jsonl:3', error: /^line larger than the .* limit/ }, { input: 'mixed.jsonl:4', error: /^binary content \(NUL/ },
    { input: 'mixed.jsonl:5', doc: 'jl-5' });
  // File-system hazards.
  symlinkSync('self-loop', join(dir, 'self-loop'));
  ex.push({ input: 'self-loop', error: /^symbolic link loop$/ });
  symlinkSync('missing-target.txt', join(dir, 'dangling-link.txt'));
  ex.push({ input: 'dangling-link.txt', error: /^no such file$/ });
  symlinkSync('..', join(dir, 'sub/up'));
  ex.push({ input: 'sub/up', error: /^symbolic link loop: leads back to/ });
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  ex.push({ input: 'pipe.txt', error: /^not a regular file \(a named pipe\)/ });
  // Hidden files are skipped without a word.
  w('.hidden.txt', article('2025-11-06', 'Never read.'));
  mkdirSync(join(dir, '.git'));
  w('.git/HEAD', 'ref: refs/heads/main');
  return ex;
}

/** Each expected outcome not met, and each outcome not expected, as readable lines (empty when all match). */
export function mismatches(got: ({ input: string; doc: string } | { input: string; error: string })[], expected: Expected[]): string[] {
  const left = [...got];
  const out: string[] = [];
  for (const e of expected) {
    const k = left.findIndex((g) => g.input === e.input && ('doc' in e ? 'doc' in g && g.doc === e.doc : 'error' in g && e.error.test(g.error)));
    if (k >= 0) left.splice(k, 1);
    else out.push(`missing ${e.input}: ${'doc' in e ? `document ${e.doc}` : `rejection ${e.error}`} (got: ${JSON.stringify(got.filter((g) => g.input === e.input))})`);
  }
  for (const g of left) out.push(`unexpected ${JSON.stringify(g)}`);
  return out;
}
