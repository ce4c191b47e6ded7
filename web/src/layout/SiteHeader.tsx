// Site header: brand, preferences and the main navigation bar; a menu drawer on narrow screens.
import { PhoneOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n/index.ts';
import { AccountMenu } from './AccountMenu.tsx';
import { IdentityBar } from './IdentityBar.tsx';
import { Logo } from './Logo.tsx';
import { MainNav } from './MainNav.tsx';
import { MobileMenu } from './MobileMenu.tsx';
import { PreferenceControls } from './PreferenceControls.tsx';

export function SiteHeader() {
  const { t } = useI18n();
  return (
    <header className="site-header">
      <div className="topbar desktop-only">
        <div className="container topbar-inner">
          <span>{t('site.fullName')}</span>
          <span>
            <PhoneOutlined aria-hidden /> {t('site.hotline')}
          </span>
        </div>
      </div>
      <div className="container brandbar">
        <Logo />
        <div className="brandbar-tools">
          <div className="desktop-only">
            <PreferenceControls />
          </div>
          <AccountMenu />
          <MobileMenu />
        </div>
      </div>
      <div className="navbar desktop-only">
        <div className="container">
          <MainNav className="main-nav" />
        </div>
      </div>
      <IdentityBar />
    </header>
  );
}
