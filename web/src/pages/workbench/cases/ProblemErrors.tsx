// The field errors of a problem answer (e.g. every missing material at once), as a list.
import { ApiError } from '../../../api/problem.ts';
import { useI18n } from '../../../i18n/index.ts';

/** The field errors of a problem (e.g. every missing material), in the visitor's language. */
export function ProblemErrors({ error }: { error: unknown }) {
  const { lang } = useI18n();
  if (!(error instanceof ApiError) || !error.problem?.errors?.length) return null;
  return (
    <ul className="wc-deadline-list">
      {error.problem.errors.map((e) => (
        <li key={`${e.path}|${e.message}`}>
          {lang === 'zh-CN' ? ((e as { messageZh?: string }).messageZh ?? e.message) : e.message}
        </li>
      ))}
    </ul>
  );
}
