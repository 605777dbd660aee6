/**
 * Where web pages state their publication date, most trusted first. Keys are matched, lower-cased,
 * against a `<meta>`'s `property`, `name`, `itemprop` or `http-equiv`. Conventions: Open Graph
 * (ogp.me, `article:published_time`), Dublin Core (`dc.date*`, `dcterms.*`), schema.org
 * microdata (`datePublished`), Google Scholar (`citation_*`), Parse.ly, Sailthru and common CMS tags.
 */
export const PUBLISHED_META_KEYS: readonly string[] = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article.published',
  'datepublished', 'date_published', 'published_time', 'publish_date', 'publish-date', 'publishdate',
  'pubdate', 'pub_date', 'publication_date', 'publication-date', 'parsely-pub-date', 'sailthru.date',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created',
  'citation_publication_date', 'citation_date', 'citation_online_date', 'date', 'originalpublicationdate',
  'article_date_original', 'cxenseparse:recs:publishtime', 'ptime', 'displaydate',
];

/** Modification dates: a last resort, reported as a warning on the document. */
export const MODIFIED_META_KEYS: readonly string[] = [
  'article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified', 'lastmod',
];

/** JSON-LD (schema.org) properties, most trusted first. */
export const JSONLD_PUBLISHED_KEYS: readonly string[] = ['datePublished', 'dateCreated', 'uploadDate'];
export const JSONLD_MODIFIED_KEYS: readonly string[] = ['dateModified'];
