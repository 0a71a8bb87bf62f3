/**
 * Checks untrusted pack data and says exactly where it is wrong, as
 * `topics[3].aliases[0]: must not be empty`.
 */
import type { z } from 'zod';
import { PackSchema, type Pack } from './schema';

export type PackValidation = { ok: true; pack: Pack } | { ok: false; errors: string[] };

/** `['topics', 3, 'aliases', 0]` → `topics[3].aliases[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(the pack)';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  return `${formatPath(issue.path)}: ${issue.message}`;
}

export function validatePack(input: unknown): PackValidation {
  const result = PackSchema.safeParse(input);
  if (result.success) return { ok: true, pack: result.data };
  return { ok: false, errors: result.error.issues.map(describeIssue) };
}
