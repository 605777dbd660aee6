/** Marks that open and close a matched term in a search snippet: private-use characters, absent from news text. */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';
