// One section of the guide: an <h2> with an id (the table of contents links to it) and its body.
import type { ReactNode } from 'react';

interface GuideSectionProps {
  id: string;
  title: string;
  children: ReactNode;
  extra?: ReactNode;
}

export function GuideSection({ id, title, children, extra }: GuideSectionProps) {
  return (
    <section className="guide-section" aria-labelledby={`${id}-title`} id={id}>
      <div className="guide-section-head">
        <h2 id={`${id}-title`} className="section-title">
          {title}
        </h2>
        {extra}
      </div>
      {children}
    </section>
  );
}

/** A definition list row; rendered only when there is something to say. */
export function Row({ term, children }: { term: string; children: ReactNode }) {
  if (children === undefined || children === null || children === false || children === '') return null;
  return (
    <div className="guide-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
