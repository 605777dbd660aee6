import { describe, expect, it } from 'vitest';
import { analyze } from './__fixtures__/run.js';

type Row = [text: string, date: string, forbidden: [text: string, id?: string][]];

// Words that must NOT be linked (to any entity, or to the given one).
const ROWS: Row[] = [
  ['The Chicago Board of Trade and the Board of Governors of the Federal Reserve met.', '1987-03-04', [['Board of Trade'], ['Board of Governors']]],
  ['China sought admission to the General Agreements on Tariffs and Trade.', '1987-03-04', [['Agreements', 'person:agreements'], ['General Agreements', 'person:general-agreements']]],
  ['The Washington Post reported the story.', '2025-11-06', [['Washington', 'USA']]],
  ['George Washington crossed the Delaware.', '2025-11-06', [['Washington', 'USA']]],
  ['Denzel Washington starred in the film.', '2025-11-06', [['Washington', 'USA']]],
  ['Jordan Peterson gave a lecture.', '2025-11-06', [['Jordan', 'JOR']]],
  ['Michael Jordan retired again.', '1999-01-13', [['Jordan', 'JOR']]],
  ['He ordered a Turkey sandwich and a Turkey burger.', '2025-11-06', [['Turkey', 'TUR']]],
  ['Chad Smith and his friends met. Chad said he was tired.', '2025-11-06', [['Chad', 'TCD']]],
  ['Georgia voters went to the polls as Republicans and Democrats campaigned in Atlanta.', '2020-11-03', [['Georgia', 'GEO']]],
  ['Paris Hilton arrived at the party.', '2025-11-06', [['Paris', 'FRA']]],
  ['Oil spills in the Niger Delta continue.', '2025-11-06', [['Niger', 'NER']]],
  ['China Southern Airlines added flights.', '2025-11-06', [['China', 'CHN']]],
  ['American Airlines and American Express reported earnings.', '2025-11-06', [['American', 'USA']]],
  ['The talks may resume, officials may say.', '2025-11-06', [['may']]],
  ['We will see us there, said the man.', '2025-11-06', [['us']]],
  ['WASHINGTON - The Senate voted on Tuesday.', '2025-11-06', [['WASHINGTON']]],
  ['LONDON (Reuters) - Shares fell in early trade.', '1987-03-02', [['LONDON'], ['Reuters']]],
  ['SALVADOR, Feb 26 - Showers continued throughout the week.', '1987-02-26', [['SALVADOR']]],
  ['JERUSALEM — Israeli officials said on Monday.', '2020-08-17', [['JERUSALEM']]],
  ['Latin American leaders and African Americans voted.', '2025-11-06', [['American', 'USA']]],
  ['He lives in New Jersey and New Mexico.', '2025-11-06', [['Jersey', 'JEY'], ['Mexico', 'MEX']]],
  ['The Washington state legislature met.', '2025-11-06', [['Washington', 'USA']]],
  ['Indian Ocean trade routes and the Arabian Sea.', '2025-11-06', [['Indian', 'IND']]],
  ['She studied English literature at Oxford.', '2025-11-06', [['English', 'GBR']]],
  ['The Chinese New Year parade was held.', '2025-11-06', [['Chinese', 'CHN']]],
  ['Jordan Spieth won the tournament.', '2025-11-06', [['Jordan', 'JOR']]],
  ['A senior administration official spoke.', '2025-11-06', [['administration']]],
  ['The agreement on trade was signed by both firms.', '2025-11-06', [['agreement']]],
  ['He said it was over.', '2025-11-06', [['He']]],
  ['Mr. Smith went to the Treasury building.', '2025-11-06', [['Treasury']]],
  ['Ivanka Trump and Eric Trump attended.', '2018-01-01', [['Trump', 'person:donald-trump']]],
  ['The Trump Tower lobby was closed.', '2025-11-06', [['Trump', 'person:donald-trump']]],
  ['The May report said prices rose.', '2017-06-01', [['May', 'person:theresa-may']]],
  ['Brown rice and Kelly green.', '2009-01-01', [['Brown', 'person:gordon-brown']]],
  ['Justice Department officials declined.', '2025-11-06', [['Justice', 'person:justice']]],
  ['The Reagan Library opened.', '2025-11-06', [['Reagan', 'person:ronald-reagan']]],
  ['Prices rose in March and May, the Fed said.', '2025-11-06', [['March'], ['May']]],
  ['The Kingdom of Heaven premiered.', '2025-11-06', [['Kingdom']]],
  ['Guinea pigs were studied. Turkey vultures circled.', '2025-11-06', [['Guinea'], ['Turkey', 'TUR']]],
  ['Full Text. Abstract. The President said.', '2025-11-06', [['Full'], ['Abstract']]],
  ['The New York Times and the Wall Street Journal reported.', '2025-11-06', [['New York Times', 'USA']]],
  ['Israel Folau played rugby.', '2025-11-06', [['Israel', 'ISR']]],
  ['Coca-Cola rose. Later Coca said nothing and Cola agreed.', '2016-01-01', [['Coca-Cola']]],
  ['Sen. Ted Cruz (R-Tex.) spoke. Tex. voters agreed.', '2016-01-01', [['R-Tex.']]],
  ['Iowa Democrats met. Democrats said so.', '2016-01-01', [['Iowa Democrats']]],
  ['Celebrating Clinton was easy. Clinton said so.', '2016-01-01', [['Celebrating Clinton']]],
  ['The Brookings Institution said. Institution officials agreed.', '2016-01-01', [['Brookings Institution']]],
  ['Toshiba Corp said profits rose, and the European Commission said so too.', '1987-04-08', [['Toshiba'], ['Commission', 'person:european-commission']]],
  ['The Sunday Times said the Foreign Office agreed.', '1987-04-08', [['Sunday Times']]],
];

function occurrences(text: string, word: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) out.push(at);
  return out;
}

describe('paragraph openers that look like datelines but are not', () => {
  it('keeps a state before a hyphen', () => {
    const text = 'U.S.-Japanese talks of this kind are held each year.';
    expect(analyze(text, '1987-04-01').mentions.map((m) => [m.text, m.entityId])).toEqual([['U.S.', 'USA'], ['Japanese', 'JPN']]);
  });
});

describe('negative cases: names that are not the entity', () => {
  it.each(ROWS)('%s', (text, date, forbidden) => {
    const a = analyze(text, date);
    for (const [word, id] of forbidden) {
      for (const at of occurrences(text, word)) {
        const hit = a.mentions.find((m) => m.start <= at && m.end >= at + word.length && (!id || m.entityId === id));
        expect(hit, `"${word}" at ${at}`).toBeUndefined();
      }
    }
  });
});

describe('degenerate input', () => {
  it.each(['', ' ', '...', '“”', 'he', 'The', 'Mr.', 'President', 'the accords', '-', '\n\n\n'])('%j yields no mentions', (text) => {
    expect(analyze(text).mentions).toEqual([]);
  });
});
