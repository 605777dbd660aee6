import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tmp } from '../helpers.js';

// A later chapter of the Abraham Accords, in wire style (datelines, titles, descriptions such as
// "the kingdom"), in our own words on facts of public record (Trump's 2025-11-06 announcement that
// Kazakhstan would join; the Saudi crown prince's 2025-11-18 White House visit). Distractors:
// relations since 1992, a minerals deal, candidates only "mentioned". Answers from the articles alone.
const db = join(tmp('accords-later-'), 'kb.db');
const json = (args: string[]) => {
  const r = runCli([...args, '--db', db, '--json']);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
};

beforeAll(() => {
  expect(runCli(['ingest', join(ROOT, 'test/kb/fixtures/kazakhstan-2025'), '--db', db, '--no-reference', '--json']).code).toBe(0);
});

describe('a later story, with distractors', () => {
  it.each([
    ['2025-11-05', []],
    ['2025-11-06', [['KAZ', 'announced', '2025-11-06']]],
    ['2025-11-30', [['KAZ', 'announced', '2025-11-06']]],
  ])('members as of %s', (asOf, expected) => {
    const rows = json(['members', 'Abraham Accords', '--as-of', asOf]);
    expect(rows.map((m: { state: string; status: string; since: string }) => [m.state, m.status, m.since])).toEqual(expected);
  });

  it('confirms the joining from both sides; the Saudi wish and the forecast make one claim', () => {
    const claims = json(['claims', '--entity', 'agreement:abraham-accords']);
    const kaz = claims.find((c: { subject: string }) => c.subject === 'KAZ');
    expect(kaz.history.map((h: { date: string; status: string }) => [h.date, h.status])).toEqual([['2025-11-06', 'occurred'], ['2025-11-07', 'occurred']]);
    const sau = claims.filter((c: { subject: string }) => c.subject === 'SAU');
    expect(sau.map((c: { status: string; history: { status: string }[] }) => [c.status, c.history.map((h) => h.status)])).toEqual([['expected', ['possible', 'expected']]]);
    expect(claims).toHaveLength(2);
  });

  it.each([
    ['2025-12-01', 'pending'],
    ['2026-01-02', 'failed'],
  ])('the prediction that Saudi Arabia would join by the year end, as of %s', (asOf, outcome) => {
    const [p] = json(['predictions', '--as-of', asOf]);
    expect([p.predictor, p.deadline, p.event.source, p.outcome]).toEqual(['person:donald-trump', '2025-12-31', ['SAU'], outcome]);
  });
});
