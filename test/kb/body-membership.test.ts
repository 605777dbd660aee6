import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tmp } from '../helpers.js';

// Membership of a body: joining NATO is acceding to the North Atlantic Treaty; ASEAN, which the
// catalog ties to no treaty, answers for itself. Every answer comes from the articles alone.
// fixtures/bodies holds short articles in our own words on facts of public record: Finland and
// Sweden applied on 2022-05-18, the allies signed accession protocols on 2022-07-05, Finland joined
// on 2023-04-04 and Sweden on 2024-03-07 (https://en.wikipedia.org/wiki/Enlargement_of_NATO);
// Timor-Leste joined ASEAN on 2025-10-26 (https://en.wikipedia.org/wiki/ASEAN); Britain left the EU on
// 2020-01-31 (https://en.wikipedia.org/wiki/Brexit). The 2024 article
// names an unrelated trade deal as a distractor; the 2022 one a refusal by Turkey.
const db = join(tmp('accords-bodies-'), 'kb.db');
const json = (args: string[]) => {
  const r = runCli([...args, '--db', db, '--json']);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
};
const members = (name: string, asOf: string) =>
  json(['members', name, '--as-of', asOf]).map((m: { state: string; status: string; since: string }) => [m.state, m.status, m.since]);

beforeAll(() => {
  const r = runCli(['ingest', join(ROOT, 'test/kb/fixtures/bodies'), '--db', db, '--no-reference', '--json']);
  expect(r.code).toBe(0);
});

describe('members of a body an agreement founded', () => {
  it.each([
    ['NATO', '2022-05-17', []],
    ['NATO', '2022-06-01', [['FIN', 'expected', '2022-05-18'], ['SWE', 'expected', '2022-05-18']]],
    ['NATO', '2023-05-01', [['SWE', 'expected', '2022-05-18'], ['FIN', 'in_force', '2023-04-04']]],
    ['North Atlantic Treaty Organization', '2024-04-01', [['FIN', 'in_force', '2023-04-04'], ['SWE', 'in_force', '2024-03-07']]],
    ['North Atlantic Treaty', '2024-04-01', [['FIN', 'in_force', '2023-04-04'], ['SWE', 'in_force', '2024-03-07']]],
    ['agreement:north-atlantic-treaty', '2024-04-01', [['FIN', 'in_force', '2023-04-04'], ['SWE', 'in_force', '2024-03-07']]],
    ['ASEAN', '2025-10-25', []],
    ['ASEAN', '2025-11-01', [['TLS', 'in_force', '2025-10-26']]],
    // a body the articles show a state leaving, and never anyone joining
    ['European Union', '2020-01-30', []],
    ['European Union', '2020-02-01', [['GBR', 'withdrawn', '2020-01-31']]],
    ['Treaty on European Union', '2020-02-01', [['GBR', 'withdrawn', '2020-01-31']]],
  ])('%s as of %s', (name, asOf, expected) => {
    expect(members(name, asOf)).toEqual(expected);
  });

  it('cites the sentence each membership comes from', () => {
    const [fin] = json(['members', 'NATO', '--as-of', '2023-05-01']).filter((m: { state: string }) => m.state === 'FIN');
    expect(fin.sources).toHaveLength(1);
    expect(fin.sources[0].doc).toMatch(/finland-member/);
    expect(fin.sources[0].start).toBe(0);
  });

  it('resolves a forecast of a joining against the joining itself', () => {
    const at = (asOf: string) => json(['predictions', '--as-of', asOf]).map((p: { predictor: string; deadline: string; outcome: string }) => [p.predictor, p.deadline, p.outcome]);
    expect(at('2023-12-01')).toEqual([['person:jens-stoltenberg', '2023-12-31', 'pending']]);
    // Sweden joined on 2024-03-07, after the deadline
    expect(at('2024-04-01')).toEqual([['person:jens-stoltenberg', '2023-12-31', 'failed']]);
  });
});
