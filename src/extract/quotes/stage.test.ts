import { describe, expect, it } from 'vitest';
import { analyzeForTest, type PlantedEntity } from '../reports/fixture.js';

const D = '2025-11-06';
const TRUMP: PlantedEntity = { text: 'Trump', id: 'person:donald-trump', kind: 'person', state: 'USA' };
const WITKOFF: PlantedEntity = { text: 'Steve Witkoff', id: 'person:steve-witkoff', kind: 'person', state: 'USA' };
const TOKAYEV: PlantedEntity = { text: 'Tokayev', id: 'person:kassym-jomart-tokayev', kind: 'person', state: 'KAZ' };

/** [quoted words, speakerText, the words at speakerStart..speakerEnd (null: no span), speaker id] */
type Want = [string, string | null, string | null, string | null];

function quotesOf(text: string, planted: PlantedEntity[] = []): Want[] {
  return analyzeForTest(text, D, planted).quotes.map((q) => [
    q.text, q.speakerText, q.speakerStart === null ? null : text.slice(q.speakerStart, q.speakerEnd!), q.speaker,
  ]);
}

describe('QuoteStage: speakers', () => {
  it.each<[string, string, PlantedEntity[], Want[]]>([
    ['named before, with "saying,"',
      'US Special Envoy Steve Witkoff hinted at the deal, saying, “We are announcing another country.”', [WITKOFF],
      [['We are announcing another country.', 'US Special Envoy Steve Witkoff', 'US Special Envoy Steve Witkoff', 'person:steve-witkoff']]],
    ['named after',
      '“We will not move,” the ministry said.', [],
      [['We will not move', 'the ministry', 'the ministry', null]]],
    ['inverted "said X"',
      '“We will not move,” said a senior official who asked not to be named.', [],
      [['We will not move', 'a senior official', 'a senior official', null]]],
    ['split by "he said": both halves',
      'Trump spoke first. “We are close,” he said, “very close.”', [TRUMP],
      [['We are close', 'Trump', 'he', 'person:donald-trump'], ['very close.', 'Trump', 'he', 'person:donald-trump']]],
    ['pronoun: the nearest full mention is the text, the pronoun the span',
      'Steve Witkoff arrived in Miami on Monday. “I am heading back tonight,” he said.', [WITKOFF],
      [['I am heading back tonight', 'Steve Witkoff', 'he', 'person:steve-witkoff']]],
    ['quote inside reported content',
      'President Trump told Time Magazine last month that he believes Riyadh “will lead the way” soon.', [TRUMP],
      [['will lead the way', 'President Trump', 'President Trump', 'person:donald-trump']]],
    ['a participle after a statement noun',
      'Tokayev’s office released its own statement calling for “constructive dialogue on cooperation,” a phrase widely read.', [TOKAYEV],
      [['constructive dialogue on cooperation', 'Tokayev’s office', 'Tokayev’s office', 'person:kassym-jomart-tokayev']]],
    ['appositive',
      '“It goes in here,” Tom Ebeling, a farmer from Ohio, said.', [],
      [['It goes in here', 'Tom Ebeling', 'Tom Ebeling', null]]],
    ['the next sentence continues the quote',
      '“We are close,” Redman said. “We want to help.”', [],
      [['We are close', 'Redman', 'Redman', null], ['We want to help.', 'Redman', 'Redman', null]]],
    ['a quote over two paragraphs',
      'Redman spoke at length.\n\n“We have urged restraint.\n\n“We are consulting with the parties,” Redman said.', [],
      [['We have urged restraint.', 'Redman', 'Redman', null], ['We are consulting with the parties', 'Redman', 'Redman', null]]],
    ['a colon before the quote',
      'Trump said: “He does not know me.”', [TRUMP],
      [['He does not know me.', 'Trump', 'Trump', 'person:donald-trump']]],
    ['single marks in a document that has no double marks',
      '‘We will not move,’ the ministry said.', [],
      [['We will not move', 'the ministry', 'the ministry', null]]],
    ['a verb of manner of speaking beside the quote',
      '“Go back to your seat,” Trump barked.', [TRUMP],
      [['Go back to your seat', 'Trump', 'Trump', 'person:donald-trump']]],
    ['a doubled consonant (quipped) and a modifier in the source',
      'A flabbergasted Noah quipped, “It is like a lawyer with the dumbest client.”', [],
      [['It is like a lawyer with the dumbest client.', 'Noah', 'Noah', null]]],
    ['"as X put it"',
      'That is because, as he put it, “the best thing we have” is her.', [],
      [['the best thing we have', 'he', 'he', null]]],
    ['a phrasal cue (shot back)',
      'Trump shot back: “You are fired.”', [TRUMP],
      [['You are fired.', 'Trump', 'Trump', 'person:donald-trump']]],
    ['an -s form read as a verb before a clause',
      'Trump notes that “nobody builds walls better.”', [TRUMP],
      [['nobody builds walls better.', 'Trump', 'Trump', 'person:donald-trump']]],
    ['coordinated frames each keep their quote',
      'Both issued a statement – Ryan saying he was “very encouraged” and Trump calling it a “great meeting.”', [TRUMP],
      [['very encouraged', 'Ryan', 'Ryan', null], ['great meeting.', 'Trump', 'Trump', 'person:donald-trump']]],
    ['the subject of an absolute clause',
      'Supporters punched a protester, with Trump reportedly yelling: “Get him out of here!”', [TRUMP],
      [['Get him out of here!', 'Trump', 'Trump', 'person:donald-trump']]],
    ['a relative clause inside an appositive',
      'David Axelrod, who was senior adviser to Obama in the White House, tweeted this: “She did it again.”', [],
      [['She did it again.', 'David Axelrod', 'David Axelrod', null]]],
    ['a relative clause before the cue',
      'A White House official who spoke anonymously to discuss strategy said, “There are discussions.”', [],
      [['There are discussions.', 'A White House official', 'A White House official', null]]],
    ['an attribution line after the quote',
      '“Maybe we can build a wall around him.” ― Steve Quinlan\n“I hope this gives us the anger to vote.” ― Jorge Falcon', [],
      [['Maybe we can build a wall around him.', 'Steve Quinlan', 'Steve Quinlan', null],
        ['I hope this gives us the anger to vote.', 'Jorge Falcon', 'Jorge Falcon', null]]],
    ['an attribution line in its own paragraph',
      '"I went to Wall Street before the crash."\n\n- Clinton.\n\nClinton tends to overstate it.', [],
      [['I went to Wall Street before the crash.', 'Clinton', 'Clinton', null]]],
    ['a relative pronoun joins the speaker span',
      'Contrast that with Trump, who has called the pact “insanity,” and Sanders.', [TRUMP],
      [['insanity', 'Trump', 'Trump, who', 'person:donald-trump']]],
    ['a name before a colon that opens the quote',
      'Media shares blame in Iowa poll overhype - HuffPollster: “Pollsters are taking a lot of heat.”', [],
      [['Pollsters are taking a lot of heat.', 'HuffPollster', 'HuffPollster', null]]],
    ['the last speech frame of the sentence before',
      'Valastro praised the governor’s leadership after the storm.\n\n“We need someone who gets things done.”', [],
      [['We need someone who gets things done.', 'Valastro', 'Valastro', null]]],
    ['a discourse connective is no subject',
      'Moreover, as part of the exchange, Gowdy cited a report that “less than one percent” were kept.', [],
      [['less than one percent', 'Gowdy', 'Gowdy', null]]],
    ['the frame right after the quote, inside a sentence held by another',
      'Clinton suggested the plan was unserious - “Again, we need details,” she said - and charged on.', [],
      [['Again, we need details', 'Clinton', 'she', null]]],
    ['"according to" right after the quote does not outrank the speaker',
      'Widodo told Abbas that Indonesia “will not take any steps,” according to the news agency Wafa.', [],
      [['will not take any steps', 'Widodo', 'Widodo', null]]],
    ['a participle modifying the source',
      'Another intelligence source speaking to Fox News said, “The agents are investigating.”', [],
      [['The agents are investigating.', 'Another intelligence source', 'Another intelligence source', null]]],
    ['a time adjunct before an appositive chain',
      'And on Tuesday, Kevin Brady, chairman of the committee, said Republicans might add a “pause” to the tax.', [],
      [['pause', 'Kevin Brady', 'Kevin Brady', null]]],
    ['a time adjunct between the source and the cue',
      'Priebus later Thursday told Fox News: “Both men are meeting.”', [],
      [['Both men are meeting.', 'Priebus', 'Priebus', null]]],
    ['a long source opening the sentence after the quote',
      '"Will he say it? If not he should resign!" the presumptive GOP presidential nominee, Donald Trump, tweeted Sunday.', [TRUMP],
      [['Will he say it? If not he should resign!', 'the presumptive GOP presidential nominee, Donald Trump',
        'the presumptive GOP presidential nominee, Donald Trump', 'person:donald-trump']]],
    ['a writing that reads, right after the quote',
      '“Hi Americans! He may become the President!” a welcome message on the website reads.', [],
      [['Hi Americans! He may become the President!', 'a welcome message on the website', 'a welcome message on the website', null]]],
    ['an adjunct between the source and the cue',
      '“He had a lot of Missouri supporters,” Blunt, after a long pause, said of Cruz.', [],
      [['He had a lot of Missouri supporters', 'Blunt', 'Blunt', null]]],
    ['every paragraph of a long quotation left open',
      'Transcript as follows:\n\n"Tonight we arrived. We ate. We sang. We slept. We woke. We left.\n\n"We are now up 400,000 jobs."', [],
      [['Tonight we arrived. We ate. We sang. We slept. We woke. We left.', 'Transcript', 'Transcript', null],
        ['We are now up 400,000 jobs.', 'Transcript', 'Transcript', null]]],
    ['a subordinate clause with no comma shares its subject',
      'When he returned he began by saying, “I do not think it is necessary.”', [],
      [['I do not think it is necessary.', 'he', 'he', null]]],
    ['a frame that opens the next sentence introduces the next quote',
      'Carson said the campaign was “refining some practices.” He added: “My senior staff stays.”', [],
      [['refining some practices.', 'Carson', 'Carson', null], ['My senior staff stays.', 'Carson', 'He', null]]],
    ['the owner of a noun naming speech',
      "The concerns go beyond Trump's controversial pledge to be “neutral” in the talks.", [TRUMP],
      [['neutral', 'Trump', 'Trump', 'person:donald-trump']]],
    ['a possessive before the quote and a speech noun after it',
      'It is the pull of Obama’s “if you like your plan, you can keep it” promise.', [],
      [['if you like your plan, you can keep it', 'Obama', 'Obama', null]]],
    ['a term is the words of the one the sentence says used it',
      'Protesters carried signs with the slogan “Peace Now” through the city.', [],
      [['Peace Now', 'Protesters', 'Protesters', null]]],
    ['the one who spoke, not the record that relays the words',
      '“We lost,” Trump said, according to a transcript of the interview.', [TRUMP],
      [['We lost', 'Trump', 'Trump', 'person:donald-trump']]],
    ['according to',
      '“The talks failed,” according to the State Department.', [],
      [['The talks failed', 'the State Department', 'the State Department', null]]],
    ['the clause subject when no cue introduces the quote',
      'Trump also criticised the mayor for making “very rude statements” about him.', [TRUMP],
      [['very rude statements', 'Trump', 'Trump', 'person:donald-trump']]],
    ['a bare frame after the full stop that closes the quote',
      'Ruiz spoke first. “We will find the missing files.” Lopez said. “We will not,” he added later.', [],
      [['We will find the missing files.', 'Lopez', 'Lopez', null], ['We will not', 'Lopez', 'he', null]]],
    ['a frame with its own content after the full stop is not the quote\'s',
      'Ruiz spoke first. “We will find the missing files.” Lopez said the files were lost.', [],
      [['We will find the missing files.', null, null, null]]],
    ['a question closed by a nested mark before the source',
      '“Where do we go? What can we do to help?’” Lopez told reporters on the call.', [],
      [['Where do we go? What can we do to help?’', 'Lopez', 'Lopez', null]]],
    ['the subject of the later clause that holds the quote',
      'Ruiz is the only candidate to visit every county, and she has long used that to mock rivals for not campaigning “the Iowa way.”', [],
      [['the Iowa way.', 'she', 'she', null]]],
    ['a subordinate clause with a subject of its own',
      'The mayor endorsed the deal, although she made it clear that she has “serious concerns” about it.', [],
      [['serious concerns', 'she', 'she', null]]],
    ['"and" inside the first subject opens no clause',
      'Lopez and Kim issued a joint plan with “a positive outlook.”', [],
      [['a positive outlook.', 'Lopez and Kim', 'Lopez and Kim', null]]],
    ['a subordinate clause before the main clause',
      'When the vote was delayed, Ruiz went to the floor with “a firm message.”', [],
      [['a firm message.', 'Ruiz', 'Ruiz', null]]],
  ])('%s', (_name, text, planted, expected) => {
    expect(quotesOf(text, planted)).toEqual(expected);
  });

  it('links an unnamed administration official to the state that owns the administration', () => {
    const text = 'An announcement is expected from President Donald Trump’s administration. '
      + 'A senior administration official said the move would be “just the beginning,” suggesting more.';
    const q = analyzeForTest(text, D, [{ text: 'President Donald Trump', id: 'person:donald-trump', kind: 'person', state: 'USA' }]).quotes;
    expect(q.map((x) => [x.text, x.speakerText, x.speaker])).toEqual([['just the beginning', 'A senior administration official', 'USA']]);
  });

  it('resolves a pronoun through the entity stage when it links one', () => {
    const text = 'Kochan welcomed the move. “This was considerable,” he added.';
    const q = analyzeForTest(text, D, [
      { text: 'Kochan', id: 'person:zbigniew-kochan', kind: 'person', state: 'POL' },
      { text: 'he', id: 'person:zbigniew-kochan', kind: 'person', state: 'POL', via: 'pronoun' },
    ]).quotes;
    expect(q.map((x) => [x.speakerText, x.speaker])).toEqual([['Kochan', 'person:zbigniew-kochan']]);
  });

  it('gives "one said" the group named before', () => {
    const text = 'Western diplomats said the climb-down was limited. “This is a small price to pay,” one said.';
    expect(quotesOf(text).map((q) => q[1])).toEqual(['Western diplomats']);
  });
});
