import type { Analysis } from '../core/analysis.js';
import type { Stage, StageContext } from '../core/stage.js';
import { splitSentences, type SentenceLexicon } from './sentences.js';
import { tokenize, type TokenizerLexicon } from './tokenize.js';

/** Tokens and sentences: the one tokenization every later stage shares. */
export class TokenizeStage implements Stage {
  readonly name = 'tokenize';
  constructor(private readonly lexicon: TokenizerLexicon & SentenceLexicon) {}

  run(ctx: StageContext, a: Analysis): Analysis {
    const tokens = tokenize(ctx.text, this.lexicon);
    const sentences = splitSentences(ctx.text, tokens, this.lexicon);
    return { ...a, tokens, sentences };
  }
}
