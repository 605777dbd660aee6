import { spawn, type ChildProcess } from 'node:child_process';
import { CLI, ROOT } from '../helpers.js';
import { claims } from '../../src/services/queries/claims.js';
import { members } from '../../src/services/queries/members.js';
import { predictions } from '../../src/services/queries/predictions.js';
import { entityInfo } from '../../src/services/queries/entity.js';
import { timeline } from '../../src/services/queries/timeline.js';
import { openKnowledgeBase } from '../../src/services/open-knowledge-base.js';

export interface Finished { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** Starts the built CLI without waiting for it (workers run side by side). */
export function startCli(args: string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<Finished> } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '', stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export const cli = (args: string[], env: Record<string, string> = {}) => startCli(args, env).done;

/**
 * What the query commands answer (members, claims, predictions, and the timeline and entity page
 * of each given entity, as their JSON) at each date: one value to compare between backends and
 * ways of ingesting.
 *
 * @example expect(await answers(pgUrl, 'Abraham Accords', ['ISR'], dates)).toEqual(await answers(sqliteFile, …));
 */
export async function answers(target: string, agreement: string, entities: readonly string[], dates: readonly string[]): Promise<Record<string, unknown>> {
  const kb = await openKnowledgeBase(target);
  try {
    const out: Record<string, unknown> = {};
    for (const asOf of dates) {
      out[asOf] = {
        members: await members(kb, agreement, asOf),
        claims: await claims(kb, { asOf }),
        predictions: await predictions(kb, { asOf }),
        entities: await Promise.all(entities.map(async (e) => ({ timeline: await timeline(kb, e, asOf), entity: await entityInfo(kb, e, asOf) }))),
      };
    }
    return out;
  } finally {
    await kb.close();
  }
}
