import { describe, expect, it } from 'vitest';
import { MARK_CLOSE as C, MARK_OPEN as O } from '../../store/dialect/full-text.js';
import { readSnippet } from './snippet.js';

describe('readSnippet', () => {
  it.each([
    [`…join the ${O}Abraham${C} ${O}Accords${C}.`, { text: '…join the Abraham Accords.', marks: [{ start: 10, end: 17 }, { start: 18, end: 25 }] }],
    ['no match at all', { text: 'no match at all', marks: [] }],
    [`${O}${C}empty mark`, { text: 'empty mark', marks: [] }],
    [`unclosed ${O}mark`, { text: 'unclosed mark', marks: [] }],
    [`${O}😀 emoji${C} ok`, { text: '😀 emoji ok', marks: [{ start: 0, end: 8 }] }],
  ])('%j', (marked, expected) => expect(readSnippet(marked)).toEqual(expected));
});
