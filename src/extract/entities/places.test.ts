import { describe, expect, it } from 'vitest';
import { analyze, expectedSpans } from './__fixtures__/run.js';

type Row = [text: string, date: string, expected: [string, string][]];

// Every mention the stage must find, in order, with nothing else: places link to their state.
const PLACES: Row[] = [
  ['A roadside bombing near the town of Samarra killed one U.S. soldier.', '2005-01-01', [['Samarra', 'IRQ'], ['U.S.', 'USA']]],
  ['Israel will evacuate settlements in the Gaza Strip.', '2005-01-01', [['Israel', 'ISR'], ['Gaza Strip', 'PSE']]],
  ['Palestinians of the Israeli-occupied West Bank protested.', '1995-01-01', [['Palestinians', 'PSE'], ['Israeli', 'ISR'], ['West Bank', 'PSE']]],
  ['Settlers in the West Bank city of Hebron set fires.', '1995-01-01', [['West Bank', 'PSE'], ['Hebron', 'PSE']]],
  ['Homes in East Jerusalem were demolished.', '2016-01-01', [['East Jerusalem', 'PSE']]],
  ['The government of Sindh province ordered patrols.', '1995-01-01', [['Sindh', 'PAK']]],
  ['Access to the Darfur region improved.', '2005-01-01', [['Darfur', 'SDN']]],
  ['Russia is conducting military exercises in Alaska.', '2015-01-01', [['Russia', 'RUS'], ['Alaska', 'USA']]],
  ['Protests spread from Texas to Crimea, Donbas and Chechnya.', '2015-01-01', [['Texas', 'USA'], ['Crimea', 'UKR'], ['Donbas', 'UKR'], ['Chechnya', 'RUS']]],
  ['Tibet, Xinjiang and Kurdistan were quiet.', '2015-01-01', [['Tibet', 'CHN'], ['Xinjiang', 'CHN'], ['Kurdistan', 'IRQ']]],
  ['Hong Kong, Macau and Taiwan reacted.', '2015-01-01', [['Hong Kong', 'HKG'], ['Macau', 'MAC'], ['Taiwan', 'TWN']]],
  ['A missionary from Calgary was arrested in Lebanon.', '1995-01-01', [['Calgary', 'CAN'], ['Lebanon', 'LBN']]],
  ['Fighting raged in Baghdad and Samarra.', '2005-01-01', [['Baghdad', 'IRQ'], ['Samarra', 'IRQ']]],
  ['Five men were arrested in Mosul.', '2005-01-01', [['Mosul', 'IRQ']]],
  ['Police in Punjab arrested five men, Pakistani officials said.', '2016-03-01', [['Punjab', 'PAK'], ['Pakistani', 'PAK']]],
  ['Indian troops patrolled Punjab.', '2016-03-01', [['Indian troops', 'org:ind-armed-forces'], ['Punjab', 'IND']]],
  ['Riyadh said it would respond.', '2016-03-01', [['Riyadh', 'SAU']]],
];

// States founded on a date: news before it meant the predecessor's place.
const SUCCESSIONS: Row[] = [
  ['Sudanese rebels shelled the southern regional capital Juba.', '2000-01-01', [['Sudanese', 'SDN'], ['Juba', 'SDN']]],
  ['Rebels shelled Juba.', '2013-01-01', [['Juba', 'SSD']]],
  ['South Sudan voted.', '2005-01-01', [['South Sudan', 'SDN']]],
  ['South Sudan voted.', '2012-01-01', [['South Sudan', 'SSD']]],
  ['Troops entered Dili.', '1999-09-20', [['Dili', 'IDN']]],
  ['Kiev protested.', '1987-03-01', [['Kiev', 'RUS']]],
  ['Kiev protested.', '2014-03-01', [['Kiev', 'UKR']]],
  ['Montenegro lifted a curfew in Podgorica.', '2000-01-01', [['Montenegro', 'MNE'], ['Podgorica', 'SRB']]],
];

// Demonyms after a sentence-opening capital or before a capitalized noun; the people of a state.
const DEMONYMS: Row[] = [
  ['Radical French farmers said on Friday they would blockade Paris.', '1992-01-01', [['French', 'FRA'], ['Paris', 'FRA']]],
  ['Ethnic Albanians have sworn to fight.', '2001-01-01', [['Albanians', 'ALB']]],
  ['Neighbouring Kenya closed its border.', '2001-01-01', [['Kenya', 'KEN']]],
  ['Danish Web sites were defaced.', '2006-01-01', [['Danish', 'DNK']]],
  ['Congolese refugees were attacked by Burundian militiamen.', '1996-01-01', [['Congolese', 'COD'], ['Burundian', 'BDI']]],
  ['Azeri, Byelorussian and Timorese delegates met Ecuadorian and Salvadorean envoys.', '1996-01-01',
    [['Azeri', 'AZE'], ['Byelorussian', 'BLR'], ['Timorese', 'TLS'], ['Ecuadorian', 'ECU'], ['Salvadorean', 'SLV']]],
  ['Bosnian Serbs demanded a truce.', '1993-05-01', [['Bosnian Serbs', 'BIH']]],
];

// Headlines in capitals: states and known people as in running text; "US" the pronoun is no state.
const HEADLINES: Row[] = [
  ['POLAND FIRM ON ECONOMY DESPITE CONCESSIONS', '1987-03-01', [['POLAND', 'POL']]],
  ['US TRADE GAP WIDENS WITH SAUDI ARABIA', '1987-03-01', [['US', 'USA'], ['SAUDI ARABIA', 'SAU']]],
  ['THEY TOLD US TO WAIT', '1987-03-01', []],
  ['REAGAN MEETS GORBACHEV', '1987-03-01', [['REAGAN', 'person:ronald-reagan'], ['GORBACHEV', 'person:mikhail-gorbachev']]],
];

// Bodies and spokespeople named before, by a short name.
const SHORT_NAMES: Row[] = [
  ['The ruling GATT Council deferred a decision. The next Council meeting is on April 15.', '1987-03-04',
    [['GATT', 'org:gatt'], ['next |Council', 'org:gatt']]],
  ['The European Commission met. A spokeswoman for the Commission said it agreed. The spokeswoman said more.', '2001-03-04',
    [['European Commission', 'org:european-commission'], ['Commission', 'org:european-commission'], ['spokeswoman', 'org:european-commission']]],
  ['The Fed raised rates, and the Bundesbank followed.', '1987-03-04', [['Fed', 'org:federal-reserve'], ['Bundesbank', 'org:bundesbank']]],
];

function check(rows: Row[]) {
  it.each(rows)('%s (%s)', (text, date, expected) => {
    const a = analyze(text, date);
    const got = a.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, entityId: m.entityId }));
    expect(got).toEqual(expectedSpans(text, expected));
  });
}

describe('places inside states', () => check(PLACES));
describe('states founded on a date', () => check(SUCCESSIONS));
describe('demonyms in context', () => check(DEMONYMS));
describe('all-capitals headlines', () => check(HEADLINES));
describe('short names of bodies named before', () => check(SHORT_NAMES));

describe('place mentions', () => {
  it('marks places as such and keeps capitals as metonyms', () => {
    const a = analyze('Riyadh said five men were arrested in Samarra.', '2005-01-01');
    expect(a.mentions.map((m) => [m.text, m.via])).toEqual([['Riyadh', 'metonym'], ['Samarra', 'place']]);
    expect(a.entities.get('IRQ')).toMatchObject({ kind: 'state', state: 'IRQ' });
  });
});

describe('the state of a person', () => {
  it('keeps the curated state of a known person and reads none from the other party', () => {
    const a = analyze('President Bush has threatened further action against Russia.', '2000-01-01');
    expect(a.entities.get(a.mentions[0]!.entityId)).toMatchObject({ kind: 'person', state: 'USA' });
  });
  it('takes no state after "with" for an unknown person', () => {
    const a = analyze('Minister Abdul Rahman Wardak held talks with Russia.', '2005-01-01');
    expect(a.entities.get('person:abdul-rahman-wardak')).toMatchObject({ state: null });
  });
  it('still takes the state of the sentence that introduces an unknown person', () => {
    const a = analyze('Justice Minister Nasredeen Abdulbari of Sudan spoke.', '2020-01-01');
    expect(a.entities.get('person:nasredeen-abdulbari')).toMatchObject({ state: 'SDN' });
  });
});
