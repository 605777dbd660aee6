import type { Kysely } from 'kysely';
import { textType } from '../dialect/column-types.js';

/**
 * The reporting frame an event was told in ("Trump announced that …"): its cue lemma, the cue as
 * written (its tense matters: "announced" is done, "to announce" is not) and the speaker's entity.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const text = textType(db);
  await db.schema.alterTable('events').addColumn('report_cue', text).execute();
  await db.schema.alterTable('events').addColumn('report_cue_text', text).execute();
  await db.schema.alterTable('events').addColumn('report_speaker', text).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const c of ['report_cue', 'report_cue_text', 'report_speaker']) await db.schema.alterTable('events').dropColumn(c).execute();
}
