// The service guide of one implementation: the one view the portal, the print view and the
// window workbench all render (same source, no copy). Conditions, materials and limits come
// from the situation route, narrowed by the answers in the URL.
import type { ReactNode } from 'react';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useSituation, type Guide } from '../queries.ts';
import { ConditionsSection, MaterialsSection } from './ConditionsMaterials.tsx';
import { FeesSection, ResultSection } from './FeesResult.tsx';
import { GuideHeader } from './GuideHeader.tsx';
import { HandlingSection } from './HandlingSection.tsx';
import { CommitmentSection, ContactSection, FaqSection, LegalBasisSection } from './MoreSections.tsx';
import { PlacesSection } from './PlacesSection.tsx';
import { LimitsSection, ProcedureSection } from './ProcedureLimits.tsx';
import { SituationSection } from './SituationSection.tsx';
import type { GuideAnswers } from './useGuideAnswers.ts';

interface GuideViewProps {
  guide: Guide;
  situation: GuideAnswers;
  /** Buttons beside the title (print, back). */
  actions?: ReactNode;
  print?: boolean;
  /** Link venue names to the portal's venue pages (not in print). */
  linkVenues?: boolean;
  /** The apply wizard's path, for the online entry (portal only). */
  applyPath?: string;
}

export function GuideView(props: GuideViewProps) {
  const { guide, situation, actions, print, linkVenues = false, applyPath } = props;
  const narrowed = useSituation(guide.implementationCode, situation.answers);
  const { content } = guide;
  return (
    <article className={print ? 'guide guide-print' : 'guide'} data-testid="guide">
      <GuideHeader guide={guide} actions={actions} />
      {narrowed.isPending && <Loading rows={8} />}
      {narrowed.isError && !narrowed.data && (
        <LoadError error={narrowed.error} onRetry={() => void narrowed.refetch()} headingLevel={2} />
      )}
      {narrowed.data && (
        <>
          <SituationSection
            narrowed={narrowed.data}
            answers={situation.answers}
            onAnswer={situation.answer}
            onReset={situation.reset}
            updating={narrowed.isPlaceholderData}
            print={print}
          />
          <ConditionsSection narrowed={narrowed.data} />
          <MaterialsSection narrowed={narrowed.data} />
        </>
      )}
      <ProcedureSection content={content} />
      {narrowed.data && <LimitsSection content={content} narrowed={narrowed.data} />}
      <FeesSection content={content} />
      <ResultSection content={content} />
      <PlacesSection venues={guide.venues} linkVenues={linkVenues && !print} />
      <HandlingSection content={content} print={print} applyPath={applyPath} />
      <CommitmentSection content={content} />
      <LegalBasisSection content={content} />
      <FaqSection content={content} />
      <ContactSection content={content} />
    </article>
  );
}
