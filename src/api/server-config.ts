import { z } from 'zod';

const EnvSchema = z.object({
  ACCORDS_TOKEN: z.string().optional()
    .transform((s) => (s && s.trim() ? s.trim() : null))
    .refine((s) => s === null || s.length >= 16, 'ACCORDS_TOKEN must be at least 16 characters (e.g. `openssl rand -hex 32`)'),
});

/**
 * The server's settings from the environment, parsed once: the write token (null: read-only).
 *
 * @example serverEnv(process.env) // { token: null }
 */
export function serverEnv(env: NodeJS.ProcessEnv): { token: string | null } {
  const r = EnvSchema.safeParse(env);
  if (!r.success) throw new Error(r.error.issues.map((i) => i.message).join('; '));
  return { token: r.data.ACCORDS_TOKEN };
}
