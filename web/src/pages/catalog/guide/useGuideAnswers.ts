// Situation answers live in the URL (?s.kind=change&s.change-what=address), so the print view,
// a shared link and the back button all show the same situation.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Answers } from '../queries.ts';

const PREFIX = 's.';
const LOCAL_ID = /^[a-z][a-z0-9-]{0,39}$/;
const MAX_ANSWERS = 20;

export interface GuideAnswers {
  answers: Answers;
  /** The answers as a query string (with its leading ?), for links to the print view. */
  search: string;
  answer: (questionId: string, optionId: string) => void;
  reset: () => void;
}

export function useGuideAnswers(): GuideAnswers {
  const [params, setParams] = useSearchParams();
  const answers = useMemo(() => {
    const found: Answers = {};
    for (const [key, value] of params) {
      const id = key.slice(PREFIX.length);
      if (key.startsWith(PREFIX) && LOCAL_ID.test(id) && LOCAL_ID.test(value)) found[id] = value;
      if (Object.keys(found).length >= MAX_ANSWERS) break;
    }
    return found;
  }, [params]);

  const answer = useCallback(
    (questionId: string, optionId: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set(PREFIX + questionId, optionId);
          return next;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams],
  );

  const reset = useCallback(
    () =>
      setParams((current) => new URLSearchParams([...current].filter(([key]) => !key.startsWith(PREFIX))), {
        replace: true,
        preventScrollReset: true,
      }),
    [setParams],
  );

  const query = new URLSearchParams(Object.entries(answers).map(([k, v]) => [PREFIX + k, v])).toString();
  return { answers, search: query ? `?${query}` : '', answer, reset };
}
