/**
 * The slug of a name for generated ids ("Kassym-Jomart Tokayev" → "kassym-jomart-tokayev").
 *
 * @example slug("Ofir Akunis")  // "ofir-akunis"
 */
export function slug(name: string): string {
  return name
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
