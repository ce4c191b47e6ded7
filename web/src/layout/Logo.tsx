// The platform's mark and name, linking home. The mark is decorative; the text carries the name.
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/index.ts';

export function LogoMark({ size = 44 }: { size?: number }) {
  return (
    <svg
      className="logo-mark"
      width={size}
      height={size}
      viewBox="0 0 64 64"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="64" height="64" rx="14" fill="#1456b8" />
      <path d="M14 22h36M14 32h36M14 42h36" stroke="#fff" strokeWidth="5" strokeLinecap="round" />
      <circle cx="32" cy="32" r="9" fill="#c8102e" stroke="#fff" strokeWidth="3" />
    </svg>
  );
}

export function Logo() {
  const { t } = useI18n();
  return (
    <Link to="/" className="logo">
      <LogoMark />
      <span className="logo-text">
        <span className="logo-name">{t('site.name')}</span>
        <span className="logo-sub">
          {t('site.fullName')}
          <span className="logo-tagline"> · {t('site.tagline')}</span>
        </span>
      </span>
    </Link>
  );
}
