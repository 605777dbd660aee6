import { describe, expect, it } from 'vitest';
import { isPostgresUrl, redactTarget } from './backend.js';

const TARGETS: [string, boolean, string][] = [
  ['postgres://postgres@127.0.0.1:5432/accords', true, 'postgres://postgres@127.0.0.1:5432/accords'],
  ['postgresql://accords:s3cret@db.internal/accords', true, 'postgresql://accords:***@db.internal/accords'],
  ['POSTGRES://u:p@h/d?sslmode=require', true, 'POSTGRES://u:***@h/d?sslmode=require'],
  ['./accords.db', false, './accords.db'],
  [':memory:', false, ':memory:'],
  ['postgres.db', false, 'postgres.db'],
  ['data/postgres://x.db', false, 'data/postgres://x.db'],
];

describe('database targets', () => {
  it.each(TARGETS)('%s', (target, pg, shown) => {
    expect(isPostgresUrl(target)).toBe(pg);
    expect(redactTarget(target)).toBe(shown);
  });
});
