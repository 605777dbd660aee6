import { describe, expect, it } from 'vitest';
import { analyzeForTest, type PlantedEntity } from './fixture.js';

const D = '2025-11-06';
const USA: PlantedEntity = { text: 'American', id: 'USA', kind: 'state', state: 'USA', via: 'demonym' };
const ISR: PlantedEntity = { text: 'Israeli', id: 'ISR', kind: 'state', state: 'ISR', via: 'demonym' };
const DOS: PlantedEntity = { text: 'State Department', id: 'org:us-state-department', kind: 'organization', state: 'USA' };
const AXIOS: PlantedEntity = { text: 'Axios', id: 'org:axios', kind: 'organization', state: 'USA' };
const NETANYAHU: PlantedEntity = { text: 'Netanyahu', id: 'person:benjamin-netanyahu', kind: 'person', state: 'ISR' };

/** [cue, speaker words, speaker entities, content words, kind] */
type Want = [string, string | null, string[], string | null, string];

function framesOf(text: string, planted: PlantedEntity[]): Want[] {
  return analyzeForTest(text, D, planted).reports.map((r) => [
    r.cue.text, r.speaker?.text ?? null, [...r.speakerEntities], r.content ? text.slice(r.content.start, r.content.end) : null, r.kind ?? 'say',
  ]);
}

describe('ReportStage: frames', () => {
  it.each<[string, PlantedEntity[], Want[]]>([
    ['Kazakhstan is poised to join the Abraham Accords, according to American and Israeli officials.', [USA, ISR],
      [['according to', 'American and Israeli officials', ['USA', 'ISR'], 'Kazakhstan is poised to join the Abraham Accords', 'source']]],
    ['According to the State Department, both sides reaffirmed their commitment.', [DOS],
      [['According to', 'the State Department', ['org:us-state-department'], 'both sides reaffirmed their commitment', 'source']]],
    ['The State Department said that talks would resume in May.', [DOS],
      [['said', 'The State Department', ['org:us-state-department'], 'talks would resume in May', 'say']]],
    ['Talks will resume in May, the State Department said on Monday.', [DOS],
      [['said', 'the State Department', ['org:us-state-department'], 'Talks will resume in May', 'say']]],
    ['Netanyahu told reporters the offer was final.', [NETANYAHU],
      [['told', 'Netanyahu', ['person:benjamin-netanyahu'], 'the offer was final', 'say']]],
    ['Saudi Arabia will join next year, Axios reported, citing sources.', [AXIOS],
      [['reported', 'Axios', ['org:axios'], 'Saudi Arabia will join next year', 'source']]],
    ['Netanyahu wrote on Twitter that the deal was historic.', [NETANYAHU],
      [['wrote', 'Netanyahu', ['person:benjamin-netanyahu'], 'the deal was historic', 'say']]],
    ['Netanyahu announced the agreement on Sunday.', [NETANYAHU],
      [['announced', 'Netanyahu', ['person:benjamin-netanyahu'], 'the agreement on Sunday', 'say']]],
    ['In a statement, the ministry said it would not attend.', [],
      [['said', 'the ministry', [], 'it would not attend', 'say']]],
    ['Netanyahu’s spokesman said the visit was postponed.', [NETANYAHU],
      [['said', 'Netanyahu’s spokesman', ['person:benjamin-netanyahu'], 'the visit was postponed', 'say']]],
    ['The visit, said a senior official, was postponed.', [],
      [['said', 'a senior official', [], 'The visit, said a senior official, was postponed', 'say']]],
    ['An official at the Canadian embassy in Copenhagen said the inspection was routine.', [],
      [['said', 'An official at the Canadian embassy in Copenhagen', [], 'the inspection was routine', 'say']]],
    ['The outreach, they said, raised new worries.', [],
      [['said', 'they', [], 'The outreach, they said, raised new worries', 'say']]],
    ['The U.N. spokesman, Francois Giuliani, said the attack drew no comment.', [],
      [['said', 'The U.N. spokesman, Francois Giuliani', [], 'the attack drew no comment', 'say']]],
    ['John Podesta, a former adviser who backed the policy, said Obama understood it.', [],
      [['said', 'John Podesta', [], 'Obama understood it', 'say']]],
    ['An Israeli official, speaking on condition of anonymity, said Netanyahu would meet him.', [],
      [['said', 'An Israeli official', [], 'Netanyahu would meet him', 'say']]],
    ['Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said Sanders had pushed her.', [],
      [['said', 'Sen. Claire McCaskill', [], 'Sanders had pushed her', 'say']]],
    ['Officials warned that the truce was fragile.', [],
      [['warned', 'Officials', [], 'the truce was fragile', 'act']]],
    ['Netanyahu believes the deal will hold.', [NETANYAHU],
      [['believes', 'Netanyahu', ['person:benjamin-netanyahu'], 'the deal will hold', 'belief']]],
    // a reporting verb before the "that" opens the reported clause: the outer content holds it
    ['Netanyahu said the envoy assured them that the truce would hold.', [NETANYAHU],
      [['said', 'Netanyahu', ['person:benjamin-netanyahu'], 'the envoy assured them that the truce would hold', 'say'],
        ['assured', 'the envoy', [], 'the truce would hold', 'say']]],
    // an opening adjunct is no content of "told"
    ['After the meeting, Netanyahu told reporters he was hopeful.', [NETANYAHU],
      [['told', 'Netanyahu', ['person:benjamin-netanyahu'], 'he was hopeful', 'say']]],
    // a relative clause with an adjunct between "who" and the cue
    ['Kaplan, who has in the past described the deal as “a trap,” spoke on Monday.', [],
      [['described', 'Kaplan', [], 'the deal as “a trap,” spoke on Monday', 'say']]],
    // a long appositive with a clause, then the cue: the phrase after the cue is the reported
    // clause's subject, not an inverted source
    ['Ana Ruiz, a teacher from Dayton who backs the plan, said the proposal is “a critical step.”', [],
      [['said', 'Ana Ruiz', [], 'the proposal is “a critical step', 'say']]],
    ['Jon Hale — a farmer from Ames — says he made a “last-minute decision.”', [],
      [['says', 'Jon Hale', [], 'he made a “last-minute decision', 'say']]],
    // a time word between a statement and its participle
    ['The town released a statement Wednesday saying the remarks were “not based on facts.”', [],
      [['saying', 'The town', [], 'the remarks were “not based on facts', 'say']]],
    // "ruled that": a ruling reports; "rules" is a noun in a source
    ['The court ruled that the law was “plainly unconstitutional.”', [],
      [['ruled', 'The court', [], 'the law was “plainly unconstitutional', 'say']]],
    ['The head of the rules committee said the change was “a breach of trust.”', [],
      [['said', 'The head of the rules committee', [], 'the change was “a breach of trust', 'say']]],
    // a partitive source after the cue
    ['“It was awful,” said one of two witnesses who saw it.', [],
      [['said', 'one of two witnesses', [], 'It was awful', 'say']]],
    ['“There is no path,” said one of those advisers.', [],
      [['said', 'one of those advisers', [], 'There is no path', 'say']]],
    // a quotation right before its source, without a comma
    ['“We wrote the songs already” Ruiz continued.', [],
      [['continued', 'Ruiz', [], 'We wrote the songs already', 'say']]],
    ['The “Jane the Virgin” actress has sounded off against the idea that anyone is “Latino enough.”', [],
      [['sounded off', 'actress', [], 'anyone is “Latino enough', 'say']]],
    // "who" as the object: the relative clause's own subject speaks
    ['He criticized Levin, who he dubbed “the professor.”', [],
      [['criticized', 'He', [], 'Levin, who he dubbed “the professor', 'act'], ['dubbed', 'he', [], 'the professor', 'act']]],
    // a subject pronoun before the cue is not replaced by an earlier relative clause
    ['Ruiz, who met me at the station when she called the plan “a disaster,” left early.', [],
      [['called', 'she', [], 'the plan “a disaster,” left early', 'act']]],
  ])('%s', (text, planted, expected) => {
    expect(framesOf(text, planted)).toEqual(expected);
  });

  it('resolves a pronoun source to the earlier named source', () => {
    const text = 'Netanyahu spoke on Sunday. He said the deal was near.';
    const [f] = analyzeForTest(text, D, [NETANYAHU]).reports;
    expect([f!.speaker?.text, f!.antecedent?.text, f!.speakerEntities]).toEqual(['He', 'Netanyahu', ['person:benjamin-netanyahu']]);
  });
});
