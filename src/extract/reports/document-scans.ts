import type { Analysis } from '../../core/analysis.js';
import type { Scratch } from '../../core/scratch.js';
import { findQuoteSpans, type QuoteSpan } from '../quotes/find-quotes.js';
import { indexMentions, type MentionIndex } from './mention-index.js';
import { maskQuoted } from './scan.js';

/**
 * What the reports and the quotes stage both read of a document (its quotation marks, the tokens
 * they hide, its mentions by token), made once for the two: the pipeline gives both stages one
 * instance, which keeps the last document's scans. A scan is reused only for the very same text,
 * tokens and mentions (compared by identity), so a stage run alone or on another document computes
 * its own.
 *
 * @example const scans = new DocumentScans(); scans.quoteSpans(a) === scans.quoteSpans(a)  // true
 */
export class DocumentScans {
  private quotesOf: { text: string; spans: QuoteSpan[] } | null = null;
  private maskOf: { tokens: Analysis['tokens']; spans: QuoteSpan[]; mask: Uint8Array } | null = null;
  private mentionsOf: { mentions: Analysis['mentions']; entities: Analysis['entities']; tokens: Analysis['tokens']; index: MentionIndex } | null = null;

  /** The document's quotation spans (findQuoteSpans). Callers must not change the list. */
  quoteSpans(a: Analysis): QuoteSpan[] {
    if (this.quotesOf?.text !== a.text) this.quotesOf = { text: a.text, spans: findQuoteSpans(a.text) };
    return this.quotesOf.spans;
  }

  /** 1 for each token inside the document's quotation marks (maskQuoted of quoteSpans). Read-only. */
  quoteMask(a: Analysis, scratch?: Scratch): Uint8Array {
    const spans = this.quoteSpans(a);
    const m = this.maskOf;
    if (m?.tokens !== a.tokens || m.spans !== spans) this.maskOf = { tokens: a.tokens, spans, mask: maskQuoted(a.tokens, spans, scratch) };
    return this.maskOf!.mask;
  }

  mentions(a: Analysis): MentionIndex {
    const m = this.mentionsOf;
    if (m?.mentions !== a.mentions || m.entities !== a.entities || m.tokens !== a.tokens) {
      this.mentionsOf = { mentions: a.mentions, entities: a.entities, tokens: a.tokens, index: indexMentions(a) };
    }
    return this.mentionsOf!.index;
  }
}
