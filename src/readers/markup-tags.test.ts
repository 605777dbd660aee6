import { describe, expect, it } from 'vitest';
import { flattenNesting } from './html/flatten-nesting.js';
import { scanTags } from './markup-tags.js';

const kinds = (src: string, html = true) => [...scanTags(src, html)].map((t) => `${t.kind}:${t.name}`);

describe('scanTags', () => {
  it.each<[string, string[]]>([
    ['<p>a<br/>b</p>', ['open:p', 'selfclose:br', 'close:p']],
    ['<DIV class="a>b">x</DIV>', ['open:div', 'close:div']],
    ['<!-- <b> --><i>x</i>', ['open:i', 'close:i']],
    ['<script>if (a<b) "<div>";</script><p>', ['open:script', 'close:script', 'open:p']],
    ['a < b and 3<4 <p>', ['open:p']],
    ['<![CDATA[<item>]]><item/>', ['selfclose:item']],
    ['<!DOCTYPE x [<!ENTITY a "<b>">]><r/>', ['selfclose:r']],
    ['<content:encoded>x</content:encoded>', ['open:content:encoded', 'close:content:encoded']],
    ['<a href="x"<b>', ['open:a', 'open:b']],
  ])('%s', (src, expected) => {
    expect(kinds(src)).toEqual(expected);
  });

  it('treats script bodies as text only in HTML', () => {
    expect(kinds('<script><x></x></script>', false)).toEqual(['open:script', 'open:x', 'close:x', 'close:script']);
  });
});

describe('flattenNesting', () => {
  it('keeps a shallow page as it is', () => {
    const html = '<div><p>One</p><p>Two</p></div>';
    expect(flattenNesting(html)).toEqual({ html, flattened: false, depth: 1, tags: 3 });
  });

  it('drops tags past the limit, keeps their text, and collapses runs of them', () => {
    expect(flattenNesting('<b><i><u>x</u></i></b>', 1)).toEqual({ html: '<b> x </b>', flattened: true, depth: 3, tags: 1 });
    expect(flattenNesting('<b><i>\n<u>\n<s>x</s></u></i></b>', 1).html).toBe('<b> x </b>');
  });
});

describe('performance guards: linear time on pathological markup', () => {
  it.each<[string, string]>([
    ['100,000-deep nesting', '<div>'.repeat(100_000) + 'x' + '</div>'.repeat(100_000)],
    ['unterminated quotes', '<a title="'.repeat(50_000)],
    ['unterminated comments', '<!--'.repeat(100_000)],
    ['a million "<"', '<'.repeat(1_000_000)],
    ['tags without ends', '<a '.repeat(100_000)],
    ['unterminated scripts', '<script>'.repeat(20_000)],
  ])('%s', (_name, src) => {
    const t = performance.now();
    flattenNesting(src);
    [...scanTags(src, false)];
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
