// Heading and short description that open a page section.
import type { ReactNode } from 'react';

interface SectionHeaderProps {
  id: string;
  title: string;
  subtitle?: string;
  extra?: ReactNode;
}

export function SectionHeader({ id, title, subtitle, extra }: SectionHeaderProps) {
  return (
    <div className="section-header">
      <div>
        <h2 id={id} className="section-title" tabIndex={-1}>
          {title}
        </h2>
        {subtitle && <p className="section-subtitle">{subtitle}</p>}
      </div>
      {extra}
    </div>
  );
}
