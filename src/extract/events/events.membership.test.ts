import { describe, expect, it } from 'vitest';
import { extractEvents } from './__fixtures__/run-events.js';

// Joining and leaving agreements and bodies, through the whole pipeline (the knowledge base reads
// membership from these modes: see src/kb/vocabulary.ts).
const events = (text: string, date = '2024-05-01') => extractEvents(text, date)
  .map((e) => [e.type, e.mode, e.source.map((p) => p.entity), e.target.map((p) => p.entity), e.agreement, e.status]);

describe('an announcement after a dateline', () => {
  // the dateline before the dash is not what the president said, and "his" is no recipient
  it('keeps the speaker and takes no possessor as the target', () => {
    const text = 'WASHINGTON (AP) — President Donald Trump announced Thursday that Kazakhstan will join the Abraham Accords, making the Central Asian nation the first country to enter the normalization agreements during his second term.';
    const [e] = extractEvents(text, '2025-11-06');
    expect([e!.source, e!.target, e!.status, e!.attribution]).toEqual([
      [{ entity: 'KAZ', state: 'KAZ' }], [], 'expected', [{ entity: 'person:donald-trump', text: 'President Donald Trump' }]]);
  });
});

describe('joining and leaving', () => {
  it.each([
    ['Finland acceded to NATO in 2023.', [['AGREE', 'join', ['FIN'], ['org:nato'], null, 'occurred']]],
    ['Finland joined NATO in 2023.', [['AGREE', 'join', ['FIN'], ['org:nato'], null, 'occurred']]],
    ['Britain left the European Union on Friday.', [['RETREAT', 'withdraw', ['GBR'], ['org:eu'], null, 'occurred']]],
    ['Britain voted to leave the EU in 2016.', [['RETREAT', 'withdraw', ['GBR'], ['org:eu'], null, 'expected']]],
    // an agreement is the counterpart of what is done to it: no recipient state
    ['The United States withdrew from the Paris Agreement.', [['REJECT', 'withdraw', ['USA'], [], 'agreement:paris-agreement', 'occurred']]],
    ['Armenia and Azerbaijan could both sign on to the Abraham Accords next year.', [['AGREE', 'join', ['ARM', 'AZE'], [], 'agreement:abraham-accords', 'possible']]],
    ['Washington backed out of the Iran nuclear deal in 2018.', [['REJECT', 'withdraw', ['USA'], [], 'agreement:jcpoa', 'occurred']]],
  ])('%s', (text, want) => {
    expect(events(text)).toEqual(want);
  });

  // joining a body in an activity, or joining its members, is no accession
  it.each([
    'Britain joined the European Union in condemning the attack.',
    'France joined NATO allies in calling for restraint.',
    'Canada will join the EU in the talks.',
  ])('%s: no joining', (text) => {
    expect(events(text).filter((e) => e[1] === 'join')).toEqual([]);
  });

  it('joining a body in a year is a joining', () => {
    expect(events('Poland joined NATO in 1999.')).toEqual([['AGREE', 'join', ['POL'], ['org:nato'], null, 'occurred']]);
  });

  // leaving a place, a meeting or a post is no withdrawal from anything
  it.each([
    'The minister left Baghdad on Friday.',
    'Iran left the talks in Vienna.',
    'He left the party after the vote.',
    'The delegation will exit the building through the side door.',
  ])('%s: none', (text) => {
    expect(events(text).filter((e) => e[1] === 'withdraw')).toEqual([]);
  });

  // joining with no object is joining the agreement under discussion
  it.each([
    ['Kazakhstan joined the Abraham Accords. Azerbaijan may join soon.', ['AZE', 'possible']],
    ['Kazakhstan joined the Abraham Accords. Azerbaijan may join next year.', ['AZE', 'possible']],
    ['Kazakhstan joined the Abraham Accords. Trump predicted that Saudi Arabia would join before the end of the year.', ['SAU', 'expected']],
  ])('%s', (text, [state, status]) => {
    expect(events(text, '2025-11-18')[1]).toEqual(['AGREE', 'join', [state], [], 'agreement:abraham-accords', status]);
  });

  it.each([
    'Kazakhstan joined the Abraham Accords. Thousands of Azerbaijanis joined the protest.',
    'Kazakhstan joined the Abraham Accords. Bahrain will join that ceremony.',
    'Azerbaijan may join soon.',
  ])('%s: joins nothing more', (text) => {
    expect(events(text, '2025-11-18').filter((e) => e[2]![0] === 'AZE' || e[2]![0] === 'BHR')).toEqual([]);
  });

  it('a gerund opening what a government says is its own act', () => {
    expect(events("Kazakhstan's government said on Friday that joining the Abraham Accords was a natural step.", '2025-11-07'))
      .toEqual([['AGREE', 'join', ['org:kaz-government'], [], 'agreement:abraham-accords', 'occurred']]);
  });

  it('a rejection is no withdrawal', () => {
    expect(events('Saudi Arabia rejected the Abraham Accords.')).toEqual([['REJECT', null, ['SAU'], [], 'agreement:abraham-accords', 'occurred']]);
  });
});
