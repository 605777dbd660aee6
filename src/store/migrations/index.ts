import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './2026-11-27-001-initial.js';
import * as searchIndexes from './2026-11-27-002-search-indexes.js';
import * as eventReportFrame from './2026-11-27-003-event-report-frame.js';

/**
 * Every migration, by name; names sort in the order they run. Listed statically (not read from a
 * folder) so that the same list runs from src/ under vitest and from dist/ when installed.
 *
 * @example new Migrator({ db, provider: migrationProvider })
 */
export const migrationProvider: MigrationProvider = {
  async getMigrations(): Promise<Record<string, Migration>> {
    return {
      '2026-11-27-001-initial': initial,
      '2026-11-27-002-search-indexes': searchIndexes,
      '2026-11-27-003-event-report-frame': eventReportFrame,
    };
  },
};
