// Main navigation links. Hash links (sections of the home page) never show as the current page.
import { Link, NavLink } from 'react-router-dom';
import { useI18n } from '../i18n/index.ts';
import { navItems } from './navItems.ts';

interface MainNavProps {
  className: string;
  onNavigate?: () => void;
}

export function MainNav({ className, onNavigate }: MainNavProps) {
  const { t } = useI18n();
  return (
    <nav className={className} aria-label={t('nav.label')}>
      <ul>
        {navItems.map((item) => (
          <li key={item.to}>
            {item.to.includes('#') ? (
              <Link to={item.to} onClick={onNavigate}>
                {t(item.label)}
              </Link>
            ) : (
              <NavLink to={item.to} end={item.end ?? false} onClick={onNavigate}>
                {t(item.label)}
              </NavLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
