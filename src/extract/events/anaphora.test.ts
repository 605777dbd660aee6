import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from '../../lang/en/abbreviations.js';
import { loadClauseWords } from '../../lang/en/events/clause-words.js';
import { tokenize } from '../../text/tokenize.js';
import { pronounOf } from './anaphora.js';

const words = loadClauseWords();

function pronoun(text: string): ReturnType<typeof pronounOf> {
  const tokens = tokenize(text, { abbreviations: ABBREVIATIONS });
  return pronounOf(tokens, { start: 0, end: tokens.length }, words);
}

describe('pronounOf: a pronoun that stands for an actor', () => {
  it.each<[string, ReturnType<typeof pronounOf>]>([
    ['it', { index: 0, kind: 'singular' }],
    ['they', { index: 0, kind: 'plural' }],
    ['their countries', { index: 0, kind: 'plural' }],
    ['its own army', { index: 0, kind: 'singular' }],
    ['our allies', { index: 0, kind: 'plural' }],
    // "her" is as often an object, and "my" in a quotation is its speaker: no actor noun needed
    ['her agency', { index: 0, kind: 'person' }],
    ['my judgment', { index: 0, kind: 'person' }],
    ['and his counterpart', { index: 1, kind: 'person' }],
  ])('%j', (text, expected) => {
    expect(pronoun(text)).toEqual(expected);
  });
});

describe('pronounOf: no actor', () => {
  it.each(['its entry', 'their first meeting', 'his agency', 'our talks in Paris', 'the talks', 'US officials', 'your country'])('%j', (text) => {
    expect(pronoun(text)).toBeNull();
  });
});
