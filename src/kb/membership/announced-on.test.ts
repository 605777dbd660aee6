import { describe, expect, it } from 'vitest';
import type { AgreementDef } from './catalog.js';
import type { EventEvidence } from './evidence.js';
import { membersAsOf } from './lifecycle.js';
import { membershipReports } from './reports.js';
import { ev } from './__fixtures__/events.js';

describe('the day of an announcement', () => {
  const AA = 'agreement:abraham-accords';
  const DEF: AgreementDef = { id: AA, name: 'Abraham Accords', aliases: [], scope: null, sources: [] };
  const announced = (sentenceDays: string[]) => ev('2025-11-07', 'expected', 'join', ['KAZ'], [], {
    agreement: AA, frame: { cue: 'announce', text: 'announced', speaker: 'person:donald-trump' }, sentenceDays,
  });
  const since = (e: EventEvidence) => membersAsOf(membershipReports(DEF, [e], { firstReport: null, brokerDocs: new Set(), announcementCues: ['announce'] }), [], '2025-12-01')
    .map((m) => [m.state, m.stage, m.since]);

  it.each<[string, string[], string]>([
    ['"announced on Thursday that … will join": the Thursday before the report', ['2025-11-06'], '2025-11-06'],
    ['no day in the sentence: the report\'s date', [], '2025-11-07'],
    ['a day ahead is the joining\'s, not the announcement\'s', ['2025-11-20'], '2025-11-07'],
    ['two past days: neither is certain', ['2025-11-05', '2025-11-06'], '2025-11-07'],
    ['a day long before is no announcement date', ['2025-09-01'], '2025-11-07'],
  ])('%s', (_name, days, expected) => {
    expect(since(announced(days))).toEqual([['KAZ', 'announced', expected]]);
  });
});
