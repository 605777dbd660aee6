import { describe, expect, it } from 'vitest';
import { claimIdOf, propositionsOf, summarize, type EventShape } from './proposition.js';

const p = (id: string, state: string | null = /^[A-Z]{3}$/.test(id) ? id : null) => ({ entity: id, state });
const ev = (type: string, mode: string | null, source: string[], target: string[] = [], agreement: string | null = null): EventShape =>
  ({ type, mode, source: source.map((s) => p(s)), target: target.map((t) => p(t)), agreement });

describe('propositionsOf', () => {
  const cases: [string, EventShape, string[]][] = [
    ['joining an agreement', ev('AGREE', 'join', ['KAZ'], [], 'agreement:abraham-accords'), ['KAZ|join|agreement:abraham-accords']],
    ['two signers and a counterpart', ev('AGREE', 'sign', ['ARE', 'BHR'], ['ISR']), ['ARE|sign|ISR', 'BHR|sign|ISR']],
    ['reciprocal sources pair up, in a stable order', ev('AGREE', 'sign', ['ISR', 'ARE']), ['ARE|sign|ISR']],
    ['reciprocal with a target is ordered too', ev('AGREE', 'establish_relations', ['ISR'], ['MAR']), ['ISR|establish_relations|MAR']],
    ['directional acts keep their direction', ev('REQUEST', null, ['USA'], ['SAU']), ['USA|request|SAU']],
    ['a meeting with no actor named', ev('CONSULT', 'meet', [], [], null), ['?|meet|']],
    ['no actor named', ev('AGREE', 'join', [], [], 'agreement:abraham-accords'), ['?|join|agreement:abraham-accords']],
  ];
  it.each(cases)('%s', (_n, e, want) => {
    expect(propositionsOf(e).map(claimIdOf)).toEqual(want);
  });

  it('uses the state of a person', () => {
    const e: EventShape = { type: 'CONSULT', mode: 'meet', source: [{ entity: 'person:marco-rubio', state: 'USA' }],
      target: [{ entity: 'person:kassym-jomart-tokayev', state: 'KAZ' }], agreement: null };
    expect(propositionsOf(e).map(claimIdOf)).toEqual(['KAZ|meet|USA']);
  });

  it('summarizes readably', () => {
    expect(propositionsOf(ev('AGREE', 'join', ['KAZ'], [], 'agreement:abraham-accords')).map(summarize)).toEqual(['KAZ joins agreement:abraham-accords']);
    expect(propositionsOf(ev('AGREE', 'join', [], [], 'agreement:abraham-accords')).map(summarize)).toEqual(['another state joins agreement:abraham-accords']);
  });
});
