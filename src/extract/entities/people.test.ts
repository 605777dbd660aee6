import { describe, expect, it } from 'vitest';
import { analyze, expectedSpans } from './__fixtures__/run.js';

type Person = { id: string; state: string | null; role: string | null };
type Row = [text: string, date: string, mentions: [string, string][], people: Person[]];

const TITLED: Row[] = [
  ['Secretary of State Marco Rubio met officials.', '2025-11-06', [['Marco Rubio', 'person:marco-rubio']],
    [{ id: 'person:marco-rubio', state: 'USA', role: 'Secretary of State' }]],
  ['Kazakhstan’s President Kassym-Jomart Tokayev spoke.', '2025-11-06',
    [['Kazakhstan', 'KAZ'], ['Kassym-Jomart Tokayev', 'person:kassym-jomart-tokayev']],
    [{ id: 'person:kassym-jomart-tokayev', state: 'KAZ', role: 'President' }]],
  ['US Special Envoy Steve Witkoff hinted at it.', '2025-11-06', [['US', 'USA'], ['Steve Witkoff', 'person:steve-witkoff']],
    [{ id: 'person:steve-witkoff', state: 'USA', role: 'Special Envoy' }]],
  ['Israeli Prime Minister Benjamin Netanyahu declined.', '2025-11-06',
    [['Israeli', 'ISR'], ['Benjamin Netanyahu', 'person:benjamin-netanyahu']],
    [{ id: 'person:benjamin-netanyahu', state: 'ISR', role: 'Prime Minister' }]],
  ['White House senior adviser Jared Kushner flew in.', '2020-09-01',
    [['White House', 'USA'], ['Jared Kushner', 'person:jared-kushner']],
    [{ id: 'person:jared-kushner', state: 'USA', role: 'Senior Adviser' }]],
  ['U.S. Ambassador to the United Nations Kelly Craft said so.', '2020-09-01',
    [['U.S.', 'USA'], ['United Nations', 'org:un'], ['Kelly Craft', 'person:kelly-craft']],
    [{ id: 'person:kelly-craft', state: 'USA', role: 'Ambassador to the United Nations' }]],
  ['Israeli Regional Cooperation Minister Ofir Akunis arrived.', '2020-10-23',
    [['Israeli', 'ISR'], ['Ofir Akunis', 'person:ofir-akunis']],
    [{ id: 'person:ofir-akunis', state: 'ISR', role: 'Regional Cooperation Minister' }]],
  ['Sudan said Justice Minister Nasredeen Abdulbari signed.', '2021-01-06',
    [['Sudan', 'SDN'], ['Nasredeen Abdulbari', 'person:nasredeen-abdulbari']],
    [{ id: 'person:nasredeen-abdulbari', state: 'SDN', role: 'Justice Minister' }]],
  ['Lt. Gen. Abdel Fattah al-Burhan met Netanyahu in Uganda.', '2020-02-03',
    [['Abdel Fattah al-Burhan', 'person:abdel-fattah-al-burhan'], ['Netanyahu', 'person:benjamin-netanyahu'], ['Uganda', 'UGA']],
    [{ id: 'person:abdel-fattah-al-burhan', state: 'SDN', role: 'Lieutenant General' }]],
  ['Prince Faisal bin Farhan Al Saud said the kingdom would not.', '2020-09-01',
    [['Faisal bin Farhan Al Saud', 'person:faisal-bin-farhan-al-saud']],
    [{ id: 'person:faisal-bin-farhan-al-saud', state: 'SAU', role: 'Foreign Minister' }]],
  ['Deputy Foreign Minister Ali Bagheri said.', '2023-01-01', [['Ali Bagheri', 'person:ali-bagheri']],
    [{ id: 'person:ali-bagheri', state: null, role: 'Deputy Foreign Minister' }]],
  ['Prime Minister Benjamin Netanyahu of Israel arrived.', '2015-11-10',
    [['Benjamin Netanyahu', 'person:benjamin-netanyahu'], ['Israel', 'ISR']],
    [{ id: 'person:benjamin-netanyahu', state: 'ISR', role: 'Prime Minister' }]],
  ['Gideon Saar, Israel’s foreign minister, said.', '2025-11-06',
    [['Gideon Saar', 'person:gideon-saar'], ['Israel', 'ISR']],
    [{ id: 'person:gideon-saar', state: 'ISR', role: 'Foreign Minister' }]],
  ['Ahmed Hassan, the Egyptian trade minister, said.', '2025-11-06',
    [['Ahmed Hassan', 'person:ahmed-hassan'], ['Egyptian', 'EGY']],
    [{ id: 'person:ahmed-hassan', state: 'EGY', role: 'Trade Minister' }]],
  ['Kerry met the Russian foreign minister, Sergey V. Lavrov, in Geneva.', '2016-09-06',
    [['Kerry', 'person:john-kerry'], ['Russian', 'RUS'], ['Sergey V. Lavrov', 'person:sergey-lavrov']],
    [{ id: 'person:sergey-lavrov', state: 'RUS', role: 'Foreign Minister' }]],
  ['Secretary of State John F. Kerry, the chief U.S. negotiator, spoke.', '2015-12-10',
    [['John F. Kerry', 'person:john-kerry'], ['U.S.', 'USA']],
    [{ id: 'person:john-kerry', state: 'USA', role: 'Secretary of State' }]],
  ['Adm. Harry B. Harris Jr., who leads the command, spoke. Admiral Harris trained.', '2016-05-09',
    [['Harry B. Harris Jr.', 'person:harry-b-harris-jr'], ['Harris', 'person:harry-b-harris-jr']],
    [{ id: 'person:harry-b-harris-jr', state: null, role: 'Admiral' }]],
  ['Japan’s ambassador to the U.S., Nobuo Matsunaga, told Tokyo.', '1987-04-08',
    [['Japan', 'JPN'], ['U.S.', 'USA'], ['Nobuo Matsunaga', 'person:nobuo-matsunaga'], ['Tokyo', 'JPN']],
    [{ id: 'person:nobuo-matsunaga', state: 'JPN', role: 'Ambassador to the U.S.' }]],
  ['Republican presidential candidate Donald Trump spoke.', '2016-05-16', [['Donald Trump', 'person:donald-trump']],
    [{ id: 'person:donald-trump', state: 'USA', role: 'Republican Presidential Candidate' }]],
  ['The plan will work, Hasmik Pilipossian said.', '2016-04-27', [['Hasmik Pilipossian', 'person:hasmik-pilipossian']],
    [{ id: 'person:hasmik-pilipossian', state: null, role: null }]],
  ['“We agree,” said Nasser Judeh in Amman.', '2016-04-27', [['Nasser Judeh', 'person:nasser-judeh'], ['Amman', 'JOR']],
    [{ id: 'person:nasser-judeh', state: 'JOR', role: null }]],
  ['Marine Cpl. Arnold Bracy, 21, was charged.', '1987-04-08', [['Arnold Bracy', 'person:arnold-bracy']],
    [{ id: 'person:arnold-bracy', state: null, role: 'Corporal' }]],
  ['a farm owned by millionaire entrepreneur Matias Machline in Brazil', '1987-03-22',
    [['Matias Machline', 'person:matias-machline'], ['Brazil', 'BRA']], [{ id: 'person:matias-machline', state: 'BRA', role: 'Entrepreneur' }]],
  ['UAE Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan signed.', '2020-09-15',
    [['UAE', 'ARE'], ['Abdullah bin Zayed Al Nahyan', 'person:abdullah-bin-zayed-al-nahyan']],
    [{ id: 'person:abdullah-bin-zayed-al-nahyan', state: 'ARE', role: 'Foreign Minister' }]],
  ['Moroccan King Mohammed VI spoke with Crown Prince Mohammed.', '2020-12-10',
    [['Moroccan', 'MAR'], ['Mohammed VI', 'person:mohammed-vi'], ['Mohammed', 'person:mohammed-bin-salman']],
    [{ id: 'person:mohammed-vi', state: 'MAR', role: 'King' }]],
  ['Abu Dhabi Crown Prince Mohammed bin Zayed tweeted.', '2020-08-13',
    [['Abu Dhabi', 'ARE'], ['Mohammed bin Zayed', 'person:mohamed-bin-zayed-al-nahyan']],
    [{ id: 'person:mohamed-bin-zayed-al-nahyan', state: 'ARE', role: 'Crown Prince' }]],
  ['Rep. Trey Gowdy (R-S.C.) spoke.', '2016-03-01', [['Trey Gowdy', 'person:trey-gowdy']],
    [{ id: 'person:trey-gowdy', state: 'USA', role: 'Representative' }]],
  ['Kremlin spokesman Dmitry Peskov said.', '2025-11-06', [['Kremlin', 'RUS'], ['Dmitry Peskov', 'person:dmitry-peskov']],
    [{ id: 'person:dmitry-peskov', state: 'RUS', role: 'Spokesman' }]],
];

const SURNAMES_AND_DATES: Row[] = [
  ['Secretary of State Marco Rubio arrived. Rubio said Tokayev’s team agreed.', '2025-11-06',
    [['Marco Rubio', 'person:marco-rubio'], ['Rubio', 'person:marco-rubio'], ['Tokayev', 'person:kassym-jomart-tokayev']],
    [{ id: 'person:marco-rubio', state: 'USA', role: 'Secretary of State' }]],
  ['U.S. Ambassador Kelly Craft spoke. Craft said no.', '2020-09-01',
    [['U.S.', 'USA'], ['Kelly Craft', 'person:kelly-craft'], ['Craft', 'person:kelly-craft']], []],
  ['Reagan and Gorbachev met Thatcher and Nakasone.', '1987-06-01',
    [['Reagan', 'person:ronald-reagan'], ['Gorbachev', 'person:mikhail-gorbachev'], ['Thatcher', 'person:margaret-thatcher'], ['Nakasone', 'person:yasuhiro-nakasone']],
    [{ id: 'person:ronald-reagan', state: 'USA', role: 'President' }, { id: 'person:mikhail-gorbachev', state: 'RUS', role: 'General Secretary' }]],
  ['Obama, Kerry and Merkel met Putin.', '2015-11-10',
    [['Obama', 'person:barack-obama'], ['Kerry', 'person:john-kerry'], ['Merkel', 'person:angela-merkel'], ['Putin', 'person:vladimir-putin']],
    [{ id: 'person:john-kerry', state: 'USA', role: 'Secretary of State' }]],
  ['Trump said he would win.', '2016-05-16', [['Trump', 'person:donald-trump'], ['he', 'person:donald-trump']],
    [{ id: 'person:donald-trump', state: 'USA', role: 'Presidential candidate' }]],
  ['Trump said he would win.', '2025-11-06', [['Trump', 'person:donald-trump'], ['he', 'person:donald-trump']],
    [{ id: 'person:donald-trump', state: 'USA', role: 'President' }]],
  ['Bush vetoed the bill.', '2003-05-01', [['Bush', 'person:george-w-bush']], []],
  ['Bush met Gorbachev.', '1987-06-01', [['Bush', 'person:george-h-w-bush'], ['Gorbachev', 'person:mikhail-gorbachev']], []],
  ['Clinton campaigned in Ohio.', '2016-10-01', [['Clinton', 'person:hillary-clinton'], ['Ohio', 'USA']], []],
  ['Ben Carson spoke first. Later, Carson said he was tired.', '2015-11-11',
    [['Ben Carson', 'person:ben-carson'], ['Carson', 'person:ben-carson'], ['he', 'person:ben-carson']], []],
  ['Democrat Hillary Clinton and Republican Marco Rubio met.', '2016-01-01',
    [['Hillary Clinton', 'person:hillary-clinton'], ['Marco Rubio', 'person:marco-rubio']],
    [{ id: 'person:hillary-clinton', state: 'USA', role: 'Presidential candidate' }]],
  ['President Bush threatened Russia.', '2004-06-01', [['Bush', 'person:george-w-bush'], ['Russia', 'RUS']], []],
  ['Prime Minister May spoke, and the May report came out.', '2017-06-01', [['May', 'person:theresa-may']], []],
];

function check(rows: Row[]) {
  it.each(rows)('%s (%s)', (text, date, mentions, people) => {
    const a = analyze(text, date);
    const got = a.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, entityId: m.entityId }));
    expect(got).toEqual(expectedSpans(text, mentions));
    for (const p of people) expect(a.entities.get(p.id)).toMatchObject({ kind: 'person', ...p });
  });
}

describe('titled people', () => check(TITLED));
describe('surnames, possessives and dated roles', () => check(SURNAMES_AND_DATES));

describe('title spans', () => {
  it('marks where the title starts', () => {
    const text = 'Secretary of State Marco Rubio met.';
    const m = analyze(text).mentions[0]!;
    expect(m.titleStart).toBe(0);
    expect(m.via).toBe('name');
  });
});
