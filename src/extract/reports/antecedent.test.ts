import { describe, expect, it } from 'vitest';
import { analyzeForTest, type PlantedEntity } from './fixture.js';

const D = '2020-12-23';
const person = (text: string, id: string, state = 'USA'): PlantedEntity => ({ text, id, kind: 'person', state });
const KUSHNER = person('Jared Kushner', 'person:jared-kushner');
const OBRIEN = person("Robert O'Brien", 'person:robert-obrien');
const WHITE_HOUSE: PlantedEntity = { text: 'White House', id: 'org:white-house', kind: 'organization', state: 'USA' };
const AKUNIS = person('Akunis', 'person:ofir-akunis', 'ISR');
const TRUMP = person('Trump', 'person:donald-trump');
const NETANYAHU = person('Netanyahu', 'person:benjamin-netanyahu', 'ISR');
const CLINTON = person('Clinton', 'person:hillary-clinton');

/** The antecedent text of each pronoun source, in order. */
function antecedents(text: string, planted: PlantedEntity[]): (string | null)[] {
  return analyzeForTest(text, D, planted).reports
    .filter((r) => r.speaker && /^(?:he|she|they)$/i.test(r.speaker.text))
    .map((r) => r.antecedent?.text ?? null);
}

describe('resolvePronoun: the most recent speaker or subject', () => {
  it.each<[string, string, PlantedEntity[], (string | null)[]]>([
    ['the subject of the sentence before, over a speaker two sentences back',
      "National Security Adviser Robert O'Brien said leaders are invited. White House senior adviser Jared Kushner said other "
      + 'countries could follow. Asked by reporters whether it could come soon, he said: "I do think so."', [OBRIEN, KUSHNER, WHITE_HOUSE],
      ['White House senior adviser Jared Kushner']],
    ['the speaker of the sentence before, over a person named inside it',
      'Minister Ofir Akunis said on Wednesday that a deal is near before Trump leaves office. "We are working on it," Akunis '
      + 'told the Ynet news site. He said there would be an American announcement.', [AKUNIS, TRUMP],
      ['Akunis']],
    ['a subject that speaks no words, but comes later than the last speaker',
      'Trump said the talks went well. Netanyahu arrived in Washington on Monday. He said the deal was near.', [TRUMP, NETANYAHU],
      ['Netanyahu']],
    ['a chain of pronoun subjects back to a name the entity stage did not know',
      'Basanez took over the embassy last year. In his brief tenure, he earned a reputation as a quiet leader. '
      + 'Last year, he argued that attacking Trump would only help him.', [TRUMP],
      ['Basanez']],
    ['one person of a group that spoke',
      'Western diplomats said the climb-down was limited. "This is a small price," one said.\n\nHe noted that the campaign was planned.', [],
      ['Western diplomats']],
    ['the head of a source with a prepositional phrase is a person',
      'But an official at the Canadian embassy in Copenhagen said the inspection was routine. "We are very concerned," she added.', [],
      ['an official at the Canadian embassy in Copenhagen']],
    ['"they" for officials named as a subject',
      'Israeli officials met the delegation on Sunday. They said the visit was a success.', [],
      ['Israeli officials']],
  ])('%s', (_name, text, planted, expected) => {
    expect(antecedents(text, planted)).toEqual(expected);
  });

  it('takes the entity stage link (which knows gender) over another person of the same sentence', () => {
    const text = 'Trump praised Clinton at the rally. She said the praise came late.';
    const planted = [TRUMP, CLINTON, { ...CLINTON, text: 'She', via: 'pronoun' as const }];
    expect(antecedents(text, planted)).toEqual(['Clinton']);
  });
});
