import { h, replace } from './dom.js';
import { agreementPage } from './pages/agreement.js';
import { showError, type PageContext } from './pages/common.js';
import { documentPage } from './pages/document.js';
import { documentsPage } from './pages/documents.js';
import { entityPage } from './pages/entity.js';
import { homePage } from './pages/home.js';
import { predictionsPage } from './pages/predictions.js';
import { searchPage } from './pages/search.js';
import { href, parseRoute } from './router.js';

const PAGES: Record<string, (ctx: PageContext) => Promise<void>> = {
  home: homePage, agreement: agreementPage, entity: entityPage, document: documentPage,
  documents: documentsPage, predictions: predictionsPage, search: searchPage,
};

let current: AbortController | null = null;

/** Renders the page the hash names; a newer navigation aborts an older one still loading. */
async function render(main: HTMLElement): Promise<void> {
  current?.abort();
  const ctl = new AbortController();
  current = ctl;
  const route = parseRoute(location.hash);
  const page = PAGES[route.page];
  main.setAttribute('aria-busy', 'true');
  try {
    if (!page) replace(main, h('h1', {}, 'Not found'), h('p', {}, h('a', { href: '#/' }, 'Back to the agreements')));
    else await page({ main, route, signal: ctl.signal });
    if (!ctl.signal.aborted && !route.params.has('span')) window.scrollTo(0, 0);
  } catch (err) {
    if (!ctl.signal.aborted) showError(main, err);
  } finally {
    if (current === ctl) main.setAttribute('aria-busy', 'false');
  }
}

function start(): void {
  const main = document.getElementById('main')!;
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  form?.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = (new FormData(form).get('q') ?? '').toString().trim();
    if (q) location.hash = href('search', null, { q });
  });
  window.addEventListener('hashchange', () => void render(main));
  void render(main);
}

start();
