import { describe, expect, it } from 'vitest';
import { analyze } from './__fixtures__/run.js';

type Row = [text: string, date: string, references: [text: string, occurrence: number, id: string | null, via?: string][]];

// Each reference: its text, which occurrence in the text (1-based), and the entity it must link
// to (null: must stay unlinked).
const ROWS: Row[] = [
  // a pronoun after an unnamed official of a named state stands for that state, not for someone earlier
  ['Israel and Azerbaijan signed, with Energy Secretary Chris Wright attending. Azerbaijan’s president said his country sees no need to join.', '2025-11-12',
    [['his', 1, 'AZE', 'pronoun']]],
  ['Mauritania’s foreign minister denied reports that his government was preparing to join.', '2025-11-14', [['his', 1, 'MRT', 'pronoun']]],
  ['Secretary of State Marco Rubio landed. The president said he would veto the bill.', '2025-11-14', [['he', 1, null]]],
  // a description of the one state named just before
  ['Saudi Crown Prince Mohammed bin Salman told Trump on Tuesday that the kingdom wants to join.', '2025-11-18', [['kingdom', 1, 'SAU', 'alias']]],
  ['Trump said Kazakhstan will join, making the Central Asian nation the first to do so.', '2025-11-06', [['Central Asian nation', 1, 'KAZ', 'alias']]],
  ['Kazakhstan is rich in oil. The country’s president visited Washington.', '2025-11-06', [['country', 1, 'KAZ', 'alias']]],
  ['Saudi Crown Prince Mohammed bin Salman told Trump at the White House that the kingdom wants to join.', '2025-11-18', [['kingdom', 1, 'SAU', 'alias']]],
  ['Israel and the UAE signed. The country will open an embassy.', '2020-09-15', [['country', 1, null]]],
  ['Protests spread across the country of origin.', '2020-09-15', [['country', 1, null]]],
  ['Kazakhstan joined. Officials met. The country will open an embassy.', '2025-11-06', [['country', 1, null]]],
  ['US Special Envoy Steve Witkoff hinted at it, saying more would come, though he declined to say which.', '2025-11-06',
    [['he', 1, 'person:steve-witkoff', 'pronoun']]],
  ['President Trump told Time Magazine that he believes Riyadh will lead.', '2025-11-06', [['he', 1, 'person:donald-trump', 'pronoun']]],
  ['Secretary of State Marco Rubio landed. He met officials.', '2025-11-06', [['He', 1, 'person:marco-rubio', 'pronoun']]],
  ['Rubio met Tokayev. He said talks went well.', '2025-11-06', [['He', 1, 'person:marco-rubio', 'pronoun']]],
  ['Officials met Rubio and Tokayev. He said talks went well.', '2025-11-06', [['He', 1, null]]],
  ['“I endorse Ted Cruz,” Kenneth Blackwell wrote. He then listed reasons.', '2016-03-01',
    [['He', 1, 'person:kenneth-blackwell', 'pronoun']]],
  ['Speaking in Salem, Trump went after Jeb Bush. He says Bush is weak.', '2016-01-01',
    [['He', 1, 'person:donald-trump', 'pronoun']]],
  ['Prime Minister Theresa May spoke. She said Britain would leave.', '2017-03-01', [['She', 1, 'person:theresa-may', 'pronoun']]],
  ['Prime Minister Theresa May spoke. He said Britain would leave.', '2017-03-01', [['He', 1, null]]],
  ['Kazakhstan’s President Kassym-Jomart Tokayev arrived. The president said ties would grow.', '2025-11-06',
    [['president', 1, 'person:kassym-jomart-tokayev', 'title']]],
  ['Israeli Prime Minister Benjamin Netanyahu spoke. The prime minister said no.', '2025-11-06',
    [['prime minister', 1, 'person:benjamin-netanyahu', 'title']]],
  ['Saudi Foreign Minister Faisal bin Farhan arrived. The minister said talks went well.', '2025-11-06',
    [['minister', 1, 'person:faisal-bin-farhan-al-saud', 'title']]],
  ['King Salman received Crown Prince Mohammed bin Salman. The king thanked the crown prince.', '2025-11-06',
    [['king', 1, 'person:salman-bin-abdulaziz-al-saud', 'title'], ['crown prince', 1, 'person:mohammed-bin-salman', 'title']]],
  ['President Trump and President Tokayev met. The president said yes.', '2025-11-06', [['president', 1, null]]],
  ['Kazakhstan will join the Abraham Accords. The agreement established relations, and the accords grew.', '2025-11-06',
    [['agreement', 1, 'agreement:abraham-accords', 'alias'], ['accords', 1, 'agreement:abraham-accords', 'alias']]],
  ['The Oslo Accords and the Paris Agreement came up. The accords were mentioned.', '2025-11-06',
    [['accords', 1, 'agreement:oslo-accords', 'alias']]],
  ['The Oslo Accords came up. Israel signed an agreement on water. The agreement was short.', '2025-11-06',
    [['agreement', 2, null]]],
  ['The Abraham Accords grew. The agreement on trade was separate.', '2025-11-06', [['agreement', 1, null]]],
  ['President Donald Trump’s administration said. A senior administration official added.', '2025-11-06',
    [['administration', 1, 'org:trump-administration', 'body'], ['administration', 2, 'org:trump-administration', 'alias']]],
  ['Poland raised prices. Polish unions protested, and the government agreed.', '1987-03-01',
    [['government', 1, 'org:pol-government', 'alias']]],
  ['The Kazakh Foreign Ministry spoke. Later the Foreign Ministry denied it.', '2025-11-06',
    [['Foreign Ministry', 2, 'org:kaz-foreign-ministry', 'alias']]],
  ['Saudi Arabia welcomed the move. Saudi officials said the Royal Cabinet would meet.', '2020-09-01',
    [['Royal Cabinet', 1, 'org:sau-royal-cabinet', 'alias']]],
  ['Poland and Hungary talked, and the government agreed.', '1987-03-01', [['government', 1, null]]],
  ['Cameron’s spokesman said he stood by it. “He disagrees,” the spokesman said.', '2016-05-16',
    [['spokesman', 1, 'org:office-of-david-cameron', 'body'], ['spokesman', 2, 'org:office-of-david-cameron', 'alias']]],
  ['The European Community met. The Commission said the Fund agreed.', '1987-03-01',
    [['Commission', 1, 'org:european-commission', 'alias'], ['Fund', 1, null]]],
  ['The Commission on Human Rights met.', '1987-03-01', [['Commission', 1, null]]],
  ['The United States and Washington pressed. The administration agreed, US officials said.', '2025-11-06',
    [['administration', 1, 'org:us-administration', 'alias']]],
];

function nth(text: string, word: string, k: number): number {
  let at = -1;
  for (let i = 0; i < k; i++) {
    at = text.indexOf(word, at + 1);
    while (at >= 0 && /\w/.test(text[at - 1] ?? '') ) at = text.indexOf(word, at + 1);
  }
  return at;
}

describe('references back to entities', () => {
  it.each(ROWS)('%s', (text, date, refs) => {
    const a = analyze(text, date);
    for (const [word, k, id, via] of refs) {
      const start = nth(text, word, k);
      const m = a.mentions.find((x) => x.start === start && x.end === start + word.length);
      if (id === null) expect(m, `${word}#${k}`).toBeUndefined();
      else expect(m && { id: m.entityId, via: m.via }, `${word}#${k}`).toEqual({ id, via });
    }
  });
});
