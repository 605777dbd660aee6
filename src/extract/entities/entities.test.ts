import { describe, expect, it } from 'vitest';
import { analyze, expectedSpans } from './__fixtures__/run.js';

type Row = [text: string, date: string, expected: [string, string][]];

// Every mention the stage must find in the text, in order, with nothing else.
const STATES_AND_PLACES: Row[] = [
  ['Kazakhstan is poised to join.', '2025-11-06', [['Kazakhstan', 'KAZ']]],
  ['Kazakhstan’s entry would mark an expansion.', '2025-11-06', [['Kazakhstan', 'KAZ']]],
  ["Kazakhstan's entry would mark an expansion.", '2025-11-06', [['Kazakhstan', 'KAZ']]],
  ['according to American and Israeli officials.', '2025-11-06', [['American', 'USA'], ['Israeli', 'ISR']]],
  ['Kazakh diplomats and Emirati delegations met.', '2025-11-06', [['Kazakh', 'KAZ'], ['Emirati', 'ARE']]],
  ['The U.S. and the US-led coalition.', '2025-11-06', [['U.S.', 'USA'], ['US', 'USA']]],
  ['Talks between the United States and Britain resumed.', '2025-11-06', [['United States', 'USA'], ['Britain', 'GBR']]],
  ['the UAE and Bahrain signed.', '2020-09-15', [['UAE', 'ARE'], ['Bahrain', 'BHR']]],
  ['The Soviet Union and West Germany agreed.', '1987-03-01', [['Soviet Union', 'RUS'], ['West Germany', 'DEU']]],
  ['Soviet officials met North Yemen envoys.', '1987-03-01', [['Soviet', 'RUS'], ['North Yemen', 'YEM']]],
  ['Saudi Arabia and Riyadh officials.', '2025-11-06', [['Saudi Arabia', 'SAU'], ['Riyadh', 'SAU']]],
  ['Washington and Beijing traded barbs while Tehran watched.', '2025-11-06', [['Washington', 'USA'], ['Beijing', 'CHN'], ['Tehran', 'IRN']]],
  ['The Kremlin denied it, the White House said.', '2025-11-06', [['Kremlin', 'RUS'], ['White House', 'USA']]],
  ['Downing Street and Astana welcomed the deal, as did Akorda.', '2025-11-06', [['Downing Street', 'GBR'], ['Astana', 'KAZ'], ['Akorda', 'KAZ']]],
  ['Israelis and Saudis and Emiratis.', '2025-11-06', [['Israelis', 'ISR'], ['Saudis', 'SAU'], ['Emiratis', 'ARE']]],
  ['Bahraini and Saudi ministers.', '2020-09-15', [['Bahraini', 'BHR'], ['Saudi', 'SAU']]],
  ['the Palestinian state and Jordan.', '2025-11-06', [['Palestinian', 'PSE'], ['Jordan', 'JOR']]],
  ['Turkey and Chad signed a pact.', '2025-11-06', [['Turkey', 'TUR'], ['Chad', 'TCD']]],
  ['Georgia and Russia clashed near Tbilisi.', '2008-08-08', [['Georgia', 'GEO'], ['Russia', 'RUS'], ['Tbilisi', 'GEO']]],
  ['Kosovo and Serbia.', '2025-11-06', [['Kosovo', 'XKX'], ['Serbia', 'SRB']]],
  ['The Kazakh president met the French and Chinese envoys.', '2025-11-06', [['Kazakh', 'KAZ'], ['French', 'FRA'], ['Chinese', 'CHN']]],
  ['In Washington, officials said.', '2025-11-06', [['Washington', 'USA']]],
  ['Iran-Iraq war', '1987-03-01', [['Iran', 'IRN'], ['Iraq', 'IRQ']]],
  ['Some 800,000 Iraqi Kurds sought refuge.', '1991-05-01', [['Iraqi Kurds', 'IRQ']]],
  ['Bosnian Serbs demanded a truce; Serbs elsewhere did not.', '1993-05-01', [['Bosnian Serbs', 'BIH'], ['Serbs', 'SRB']]],
  ['A terror group based in Trinidad claims so.', '2003-01-01', [['Trinidad', 'TTO']]],
];

const ORGANIZATIONS: Row[] = [
  ['According to the State Department, the Pentagon and Congress agreed.', '2025-11-06',
    [['State Department', 'org:us-state-department'], ['Pentagon', 'org:pentagon'], ['Congress', 'org:us-congress']]],
  ['the Kazakh Foreign Ministry said', '2025-11-06', [['Kazakh Foreign Ministry', 'org:kaz-foreign-ministry']]],
  ['Israel’s Defense Ministry said', '2025-11-06', [['Israel’s Defense Ministry', 'org:isr-defense-ministry']]],
  ['the Knesset voted', '2025-11-06', [['Knesset', 'org:knesset']]],
  ['The Latvian Constitutional Court cancelled restrictions.', '2003-01-01', [['Latvian Constitutional Court', 'org:lva-constitutional-court']]],
  ['the Arab League and the UN and NATO', '2025-11-06', [['Arab League', 'org:arab-league'], ['UN', 'org:un'], ['NATO', 'org:nato']]],
  ['The GCC, ASEAN, OPEC, BRICS and the SCO.', '2025-11-06',
    [['GCC', 'org:gcc'], ['ASEAN', 'org:asean'], ['OPEC', 'org:opec'], ['BRICS', 'org:brics'], ['SCO', 'org:sco']]],
  ['the IAEA, WHO, World Bank and IMF', '2025-11-06',
    [['IAEA', 'org:iaea'], ['WHO', 'org:who'], ['World Bank', 'org:world-bank'], ['IMF', 'org:imf']]],
  ['Axios reported, citing Haaretz and Army Radio.', '2025-11-06',
    [['Axios', 'org:axios'], ['Haaretz', 'org:haaretz'], ['Army Radio', 'org:army-radio']]],
  ['Al Arabiya, Ynet, The Times of Israel and Wafa.', '2025-11-06',
    [['Al Arabiya', 'org:al-arabiya'], ['Ynet', 'org:ynet'], ['The Times of Israel', 'org:times-of-israel'], ['Wafa', 'org:wafa']]],
  ['President Trump told Time Magazine last month.', '2025-11-06',
    [['Trump', 'person:donald-trump'], ['Time Magazine', 'org:time']]],
  ['The Trump administration continues to push.', '2025-11-06', [['Trump administration', 'org:trump-administration']]],
  ['Tokayev’s office released a statement.', '2025-11-06',
    [['Tokayev', 'person:kassym-jomart-tokayev'], ['office', 'org:office-of-kassym-jomart-tokayev']]],
  ['the Saudi government and Chinese state media', '2025-11-06',
    [['Saudi government', 'org:sau-government'], ['Chinese state media', 'org:chn-state-media']]],
  ['the Washington Post reported', '2025-11-06', [['Washington Post', 'org:washington-post']]],
  ['China Southern Airlines flew.', '2025-11-06', [['China Southern Airlines', 'org:china-southern']]],
];

const AGREEMENTS_AND_GROUPS: Row[] = [
  ['to join the Abraham Accords.', '2025-11-06', [['Abraham Accords', 'agreement:abraham-accords']]],
  ['the NPT and the JCPOA', '2015-07-14', [['NPT', 'agreement:npt'], ['JCPOA', 'agreement:jcpoa']]],
  ['the Iran nuclear deal and the Paris Agreement', '2018-05-08', [['Iran nuclear deal', 'agreement:jcpoa'], ['Paris Agreement', 'agreement:paris-agreement']]],
  ['the Oslo Accords and the Camp David Accords', '2025-11-06', [['Oslo Accords', 'agreement:oslo-accords'], ['Camp David Accords', 'agreement:camp-david-accords']]],
  ['New START and the INF Treaty', '2019-08-02', [['New START', 'agreement:new-start'], ['INF Treaty', 'agreement:inf-treaty']]],
  ['the Arab Peace Initiative, the Good Friday Agreement and the Minsk agreements', '2025-11-06',
    [['Arab Peace Initiative', 'agreement:arab-peace-initiative'], ['Good Friday Agreement', 'agreement:good-friday-agreement'], ['Minsk agreements', 'agreement:minsk-agreements']]],
  ['the Dayton Accords', '1995-12-14', [['Dayton Accords', 'agreement:dayton-accords']]],
  ['the Riyadh Agreement was signed', '2019-11-05', [['Riyadh Agreement', 'agreement:riyadh-agreement']]],
  ['the Treaty of Versailles', '1919-06-28', [['Treaty of Versailles', 'agreement:treaty-of-versailles']]],
  ['the Board of Peace met', '2025-11-06', [['Board of Peace', 'agreement:board-of-peace']]],
  ['the Kazakhstan Framework Declaration', '2025-11-06', [['Kazakhstan Framework Declaration', 'agreement:kazakhstan-framework-declaration']]],
  ['with representatives from five Central Asian states.', '2025-11-06', [['five Central Asian states', 'group:central-asian-states']]],
  ['Gulf states and Arab nations', '2025-11-06', [['Gulf states', 'group:gulf-states'], ['Arab nations', 'group:arab-states']]],
  ['the West and the broader Muslim world', '2025-11-06', [['West', 'group:the-west'], ['Muslim world', 'group:muslim-world']]],
  ['European capitals reacted.', '2025-11-06', [['European capitals', 'group:european-states']]],
  ['Western diplomats said so.', '1987-03-01', [['Western diplomats', 'group:the-west']]],
];

function check(rows: Row[]) {
  it.each(rows)('%s', (text, date, expected) => {
    const a = analyze(text, date);
    const got = a.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, entityId: m.entityId }));
    expect(got).toEqual(expectedSpans(text, expected));
  });
}

describe('states, demonyms, capitals and seats of power', () => check(STATES_AND_PLACES));
describe('organizations, media and bodies', () => check(ORGANIZATIONS));
describe('agreements and groups', () => check(AGREEMENTS_AND_GROUPS));

describe('entity records', () => {
  it('gives a group its members and a medium no state', () => {
    const a = analyze('Five Central Asian states met as Axios reported.');
    expect(a.entities.get('group:central-asian-states')?.members).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    expect(a.entities.get('org:axios')).toMatchObject({ kind: 'organization', state: null, subtype: 'media' });
  });
  it('marks international organizations as membership bodies without a state', () => {
    const a = analyze('NATO and the Arab League met.');
    expect(a.entities.get('org:nato')).toMatchObject({ state: null, subtype: 'igo' });
  });
  it('marks demonyms and metonyms', () => {
    const a = analyze('Israeli officials said Riyadh agreed.');
    expect(a.mentions.map((m) => m.via)).toEqual(['demonym', 'metonym']);
  });
  it('lists only entities the document mentions', () => {
    const a = analyze('Kazakhstan joined.');
    expect([...a.entities.keys()]).toEqual(['KAZ']);
  });
});
