// What every guide page needs: the code from the route, the guide, the answers and the title.
import { useParams } from 'react-router-dom';
import { ApiError } from '../../../api/problem.ts';
import { usePageTitle } from '../../../layout/usePageTitle.ts';
import { useGuide } from '../queries.ts';
import { useGuideAnswers } from './useGuideAnswers.ts';

export function useGuidePage(suffix?: string) {
  const { code = '' } = useParams();
  const guide = useGuide(code);
  const situation = useGuideAnswers();
  const name = guide.data?.content.name;
  usePageTitle(name ? (suffix ? `${name} · ${suffix}` : name) : suffix);
  const notFound = guide.error instanceof ApiError && [400, 404].includes(guide.error.status);
  return { code, guide, situation, notFound };
}
