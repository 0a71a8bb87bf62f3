/**
 * Importing a big pack without holding the page: the same answer as
 * `importPack`, with the checking cut into slices between which the page
 * runs (paints the progress, answers the reader), and progress reported as
 * names checked.
 *
 * The JSON is parsed in one call (JSON.parse cannot be cut). The pack's
 * fields are then checked, each topic on its own, and last what spans topics
 * (checkPackTopics): for a well-formed pack that is exactly what PackSchema
 * checks. A pack with any problem is checked again whole by validatePack, so
 * its messages are the ones importPack gives; packs of the first format are
 * checked whole too.
 */
import { checkPackTopics, PackHeaderSchema, TopicSchema, type Pack, type Topic } from './schema';
import { formatPath, readPackJson, validatePack, type PackValidation } from './validate-pack';
import { slicer, type Slicing } from './slicing';
import { packAgainstLibrary, type ImportResult, type LibraryPack } from './library';

export type ImportProgress =
  | { step: 'reading' }
  | { step: 'checking'; done: number; total: number }
  | { step: 'saving' };

export interface ImportSlicing extends Slicing {
  onProgress?(progress: ImportProgress): void;
}

/** Counts names as the author wrote them: every entry of every language's list, whatever it holds. */
function namesWritten(topic: unknown): number {
  if (typeof topic !== 'object' || topic === null) return 0;
  const record = topic as Record<string, unknown>;
  const lists = typeof record.names === 'object' && record.names !== null ? Object.values(record.names) : [];
  const all = Array.isArray(record.aliases) ? [...lists, record.aliases] : lists;
  return all.reduce<number>((sum, list) => sum + (Array.isArray(list) ? list.length : 0), 0);
}

/** validatePack's answer for `data`, reached a topic at a time. */
export async function validatePackInSlices(data: unknown, slicing: ImportSlicing): Promise<PackValidation> {
  const topicsOf = typeof data === 'object' && data !== null && Array.isArray((data as { topics?: unknown }).topics) ? ((data as { topics: unknown[] }).topics) : [];
  const total = topicsOf.reduce<number>((sum, topic) => sum + namesWritten(topic), 0);
  slicing.onProgress?.({ step: 'checking', done: 0, total });
  const header = PackHeaderSchema.safeParse(data);
  // The first format, and a pack with a problem in its own fields, are checked whole.
  if (!header.success) return validatePack(data);
  const pause = slicer(slicing);
  const topics: Topic[] = [];
  let done = 0;
  for (const raw of topicsOf) {
    await pause();
    const topic = TopicSchema.safeParse(raw);
    if (!topic.success) return validatePack(data);
    topics.push(topic.data);
    done += namesWritten(raw);
    slicing.onProgress?.({ step: 'checking', done, total });
  }
  await pause();
  const issues: string[] = [];
  checkPackTopics(topics, {
    addIssue(issue) {
      issues.push(typeof issue === 'string' ? issue : `${formatPath(issue.path ?? [])}: ${issue.message}`);
    },
  });
  if (issues.length > 0) return validatePack(data);
  // PackSchema's output: the header's fields in its order, the checked topics in theirs.
  return { ok: true, pack: { ...header.data, topics } as Pack };
}

/** importPack's answer for `text`, with the checking cut into slices. Changes nothing. */
export async function importPackInSlices(text: string, library: readonly LibraryPack[], slicing: ImportSlicing): Promise<ImportResult> {
  try {
    slicing.onProgress?.({ step: 'reading' });
    const read = readPackJson(text);
    if (!read.ok) return read;
    await slicing.yieldNow();
    const checked = await validatePackInSlices(read.data, slicing);
    if (!checked.ok) return checked;
    await slicing.yieldNow();
    return packAgainstLibrary(checked.pack, library);
  } catch (error) {
    return { ok: false, errors: [`(the pack): could not be read (${error instanceof Error ? error.message : String(error)})`] };
  }
}
