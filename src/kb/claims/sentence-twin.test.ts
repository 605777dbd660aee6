import { describe, expect, it } from 'vitest';
import { sentenceCounterparties, type TwinShape } from './sentence-twin.js';

const p = (s: string) => ({ entity: s, state: s });
const e = (mode: string, source: string[], target: string[] = [], more: Partial<TwinShape> = {}): TwinShape =>
  ({ type: 'AGREE', mode, status: 'occurred', agreement: null, source: source.map(p), target: target.map(p), sentenceKey: 's1', ...more });

describe('sentenceCounterparties', () => {
  const cases: [string, TwinShape, TwinShape[], string[]][] = [
    ['signing agreements establishing relations with Israel', e('sign', ['ARE', 'BHR']), [e('establish_relations', ['ARE', 'BHR'], ['ISR'])], ['ISR']],
    ['co-sources of the normalization', e('sign', ['ARE']), [e('establish_relations', ['ISR', 'ARE'])], ['ISR']],
    ['another sentence', e('sign', ['ARE']), [e('establish_relations', ['ARE'], ['ISR'], { sentenceKey: 's2' })], []],
    ['a normalization leaving a signer out', e('sign', ['ARE', 'QAT']), [e('establish_relations', ['ARE'], ['ISR'])], []],
    ['a signing already naming its counterparty', e('sign', ['ARE'], ['USA']), [e('establish_relations', ['ARE'], ['ISR'])], []],
    ['a signing of a named agreement', e('sign', ['ARE'], [], { agreement: 'agreement:x' }), [e('establish_relations', ['ARE'], ['ISR'])], []],
    ['an expected normalization', e('sign', ['ARE']), [e('establish_relations', ['ARE'], ['ISR'], { status: 'expected' })], []],
    ['a promised signing', e('sign', ['ARE'], [], { status: 'expected' }), [e('establish_relations', ['ARE'], ['ISR'])], []],
  ];
  it.each(cases)('%s', (_n, sign, others, want) => {
    expect(sentenceCounterparties(sign, [sign, ...others]).map((x) => x.entity)).toEqual(want);
  });
});
