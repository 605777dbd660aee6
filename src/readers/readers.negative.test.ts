import { describe, expect, it } from 'vitest';
import { splitDateline } from './dateline.js';
import { normalizeDate } from './normalize-date.js';
import { parseSize } from './size.js';
import { parseJsonlRecord } from './jsonl-record.js';

describe('negative cases: what the readers must not accept', () => {
  it.each<[string]>([
    [''], ['yesterday'], ['2025-13-01'], ['2025-02-30'], ['2023-02-29'], ['Foo, 06 Bar 2025'], ['06/11/2025'],
    ['12345678901'], ['2025'], ['November 2025'], ['0'],
  ])('normalizeDate(%j) is null', (s) => {
    expect(normalizeDate(s)).toBeNull();
  });

  it.each<[string]>([
    ['Date 2025-11-06 Text'], ['date: 2025-11-06 Text'], ['the date 2025-11-06 text'], ['date 2025-11-6 Text'],
    ['date 2025-11-06x Text'], ['date 20251106 Text'], ['dated 2025-11-06 Text'],
  ])('splitDateline(%j) finds no dateline', (s) => {
    expect(splitDateline(s)).toEqual({ date: null, text: s });
  });

  it.each<[string, RegExp]>([
    ['{"id": "a", "date": "2025-11-06"}', /missing "text"/],
    ['{"id": "a", "date": "2025-11-06", "text": 5}', /missing "text"/],
    ['{"date": "2025-11-06", "text": "x"}', /missing "id"/],
    ['{"id": "  ", "date": "2025-11-06", "text": "x"}', /empty "id"/],
    ['{"id": {}, "date": "2025-11-06", "text": "x"}', /missing "id"/],
    ['{"id": "a", "date": "2025-11-06", "text": "  \\n "}', /empty document/],
    ['{"id": "a", "date": "2025-11-06", "text": "a\\u0000b"}', /binary content/],
    ['{"id": "a", "date": "soon", "text": "x"}', /invalid date "soon"/],
    ['{"id": "a", "date": 12345, "text": "x"}', /no usable date|invalid date/],
    ['null', /must be a JSON object/],
    ['"text"', /must be a JSON object/],
    ['{"id": "a", "date": "2025-11-06", "text": "x"', /malformed JSON/],
    ['{"id": "a", "date": "2025-11-06", "text": "' + 'x'.repeat(101) + '"}', /larger than the 100 bytes limit/],
  ])('parseJsonlRecord refuses %s', (line, reason) => {
    expect(() => parseJsonlRecord(line, 'f.jsonl:1', { maxSize: 100 })).toThrow(reason);
  });

  it.each<[string]>([[''], ['ten'], ['10 parsecs'], ['-5MB'], ['0']])('parseSize(%j) fails', (s) => {
    expect(() => parseSize(s)).toThrow(/invalid size/);
  });
});
