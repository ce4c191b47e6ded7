// A titled panel of the personal space.
import type { ReactNode } from 'react';

interface MeSectionProps {
  id: string;
  title: string;
  lead?: string;
  children: ReactNode;
}

export function MeSection({ id, title, lead, children }: MeSectionProps) {
  return (
    <section className="me-section" aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {lead && <p className="section-subtitle">{lead}</p>}
      <div className="me-section-body">{children}</div>
    </section>
  );
}
