import { t } from '../data/i18n';
import { importReport } from '../data/import-report';

/**
 * What was wrong with the reader's input, in the UI language: how many
 * problems, the first few with where they are and what to do
 * (data/import-report.ts), and how many more there are.
 */
export function ErrorList({
  errors,
  input = '',
  lead,
}: {
  errors: readonly string[];
  /** What the reader imported: names the topics the problems are in. */
  input?: string;
  lead: 'count.problems' | 'count.problemsInTopic';
}) {
  if (errors.length === 0) return null;
  const report = importReport(errors, input);
  return (
    <div class="bm-errors-box">
      <p class="bm-errors-lead">{t(lead, { count: report.count })}</p>
      <ul class="bm-errors">
        {report.shown.map((problem) => (
          <li key={`${problem.where}\n${problem.what}`}>
            <span class="bm-error-where">{problem.where}:</span> {problem.what}
          </li>
        ))}
      </ul>
      {report.more > 0 && <p class="bm-errors-more">{t('views.import.more', { count: report.more })}</p>}
    </div>
  );
}
