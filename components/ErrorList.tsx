import { t } from '../data/i18n';

/**
 * What was wrong with the reader's input, framed in the UI language ("3
 * problems in the file:"). Each problem stays as validation wrote it: a JSON
 * path and what to do, for the pack's author, the same in every language.
 */
export function ErrorList({ errors, lead }: { errors: readonly string[]; lead: 'count.problems' | 'count.problemsInTopic' }) {
  if (errors.length === 0) return null;
  return (
    <div class="bm-errors-box">
      <p class="bm-errors-lead">{t(lead, { count: errors.length })}</p>
      <ul class="bm-errors" lang="en">
        {errors.map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
    </div>
  );
}
