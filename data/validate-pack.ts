/**
 * Checks untrusted pack data and says exactly where it is wrong, as
 * `topics[3].names.de[0]: must not be empty`.
 *
 * zod's own wording ("Invalid input: expected string, received number") is
 * rewritten here, issue by issue, into plain English for pack authors. The
 * global zod config is left alone: other schemas keep zod's defaults.
 *
 * Packs of the first format (`schemaVersion: 1`) are checked against that
 * format, so errors name the fields their author wrote (`aliases[0]`), then
 * migrated (migrate-pack.ts): every caller gets a current pack.
 */
import type { z } from 'zod';
import { PackSchema, PackV1Schema, type Pack } from './schema';
import { migratePack } from './migrate-pack';

export type PackValidation = { ok: true; pack: Pack } | { ok: false; errors: string[] };

/** Pack JSON larger than this is refused before it is parsed. */
export const MAX_PACK_JSON_CHARS = 5 * 1024 * 1024;
/** A badly broken pack would give thousands of messages; the first ones say enough. */
export const MAX_ERRORS = 50;
/** Keys and values quoted in messages are cut to this length. */
const QUOTE_LIMIT = 40;

const ROOT = '(the pack)';
const SCHEMA_VERSIONS = 'must be 2 (packs written for schemaVersion 1 are read too, and migrated)';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `"abc…"`: a short, JSON-quoted excerpt of a string. */
function quote(value: string): string {
  return JSON.stringify(value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT)}…` : value);
}

/** `['topics', 3, 'aliases', 0]` → `topics[3].aliases[0]`; odd keys as `["a b"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key) && key.length <= QUOTE_LIMIT) out += out ? `.${key}` : key;
    else out += `[${quote(String(typeof key === 'symbol' ? key.description : key))}]`;
  }
  return out || ROOT;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  record: 'an object',
};

/** What a value is, in the words a pack author uses. Never looks inside it. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return Number.isFinite(value) ? 'a number' : String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

function describeValues(values: readonly unknown[]): string {
  const shown = values.map((value) => (typeof value === 'string' ? quote(value) : String(value)));
  return shown.length === 1 ? `must be ${shown[0]}` : `must be one of ${shown.join(', ')}`;
}

/** An issue's message in plain English, without its path. */
function messageOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      // A schema's own message says what to write; zod's ("Invalid input…") is replaced.
      const own = issue.message.startsWith('Invalid') ? undefined : issue.message;
      if (issue.input === undefined) return own ?? 'is missing';
      if (issue.expected === 'int' && typeof issue.input === 'number') return own ?? 'must be a whole number';
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return `must be ${expected}, not ${kindOf(issue.input)}`;
    }
    case 'invalid_value':
      // Literals and enums carry a custom message where one reads better.
      return issue.message.startsWith('Invalid') ? describeValues(issue.values) : issue.message;
    case 'invalid_union':
      return issue.input === undefined ? 'is missing' : `${issue.message}, not ${kindOf(issue.input)}`;
    default:
      return issue.message;
  }
}

/**
 * One issue as `path: message` lines. Unknown keys get a line each, at their
 * own path; a union that failed is explained by the one form that nearly fit.
 */
function describeIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): string[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => `${formatPath([...path, key])}: is not a known field`);
  }
  if (issue.code === 'invalid_key') {
    // A record's key: its own checks say what is wrong with it, at the key's path.
    return issue.issues.map((inner) => `${formatPath(path)}: ${messageOf(inner)}`);
  }
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // An option whose only complaint is "wrong kind of value" was not meant.
    const meant = issue.errors.filter(
      (issues) => !issues.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
    );
    if (meant.length === 1) return withoutFollowUps(meant[0]!).flatMap((inner) => describeIssue(inner, path));
  }
  return [`${formatPath(path)}: ${messageOf(issue)}`];
}

/**
 * zod 4 still runs a schema's checks after a value of the wrong type, so
 * `"sources": "https://…"` would also get "must list at most 8 sources" (the
 * string's length). Only the type mismatch is said at such a path.
 */
function withoutFollowUps(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const mistyped = new Set(issues.filter((issue) => issue.code === 'invalid_type').map((issue) => formatPath(issue.path)));
  return issues.filter((issue) => issue.code === 'invalid_type' || !mistyped.has(formatPath(issue.path)));
}

function failure(issues: readonly z.core.$ZodIssue[]): PackValidation {
  const errors = withoutFollowUps(issues).flatMap((issue) => describeIssue(issue));
  if (errors.length <= MAX_ERRORS) return { ok: false, errors };
  const shown = errors.slice(0, MAX_ERRORS);
  shown.push(`${ROOT}: ${errors.length - MAX_ERRORS} more problems not listed`);
  return { ok: false, errors: shown };
}

export function validatePack(input: unknown): PackValidation {
  try {
    // `reportInput` keeps the offending value on each issue, so a message can
    // say what was found ("not a number"); messages never quote objects.
    if (isRecord(input) && input.schemaVersion === 1) {
      const first = PackV1Schema.safeParse(input, { reportInput: true });
      if (!first.success) return failure(first.error.issues);
      return validateCurrent(migratePack(first.data));
    }
    if (isRecord(input) && input.schemaVersion !== undefined && input.schemaVersion !== 2) {
      // The rest would be read against the wrong format: say only this.
      return { ok: false, errors: [`schemaVersion: ${SCHEMA_VERSIONS}`] };
    }
    return validateCurrent(input);
  } catch (error) {
    // A getter that throws or a revoked proxy: still an answer, not a crash.
    return { ok: false, errors: [`${ROOT}: could not be read (${errorText(error)})`] };
  }
}

function validateCurrent(input: unknown): PackValidation {
  const result = PackSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, pack: result.data };
  return failure(result.error.issues);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads pack JSON as a reader would paste or import it. Oversized text is
 * refused before parsing; bad JSON gets a message, never an exception.
 */
export function parsePackJson(text: string): PackValidation {
  const read = readPackJson(text);
  return read.ok ? validatePack(read.data) : read;
}

/** parsePackJson's first step: the JSON value of the text, not yet checked as a pack. */
export function readPackJson(text: string): { ok: true; data: unknown } | { ok: false; errors: string[] } {
  if (typeof text !== 'string') return { ok: false, errors: [`${ROOT}: must be JSON text, not ${kindOf(text)}`] };
  if (text.length > MAX_PACK_JSON_CHARS) {
    const megabytes = (text.length / (1024 * 1024)).toFixed(1);
    return { ok: false, errors: [`${ROOT}: is too large (${megabytes} MB); a pack must be at most 5 MB`] };
  }
  try {
    // A byte-order mark is common in files saved by Windows editors.
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { ok: false, errors: [`${ROOT}: is not valid JSON: ${errorText(error)}`] };
  }
}
