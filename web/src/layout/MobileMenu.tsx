// Narrow screens: a menu button opening a drawer with the navigation and the preferences.
import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/index.ts';
import { MainNav } from './MainNav.tsx';
import { PreferenceControls } from './PreferenceControls.tsx';

/**
 * The drawer renders into #overlay-root rather than <body>: antd locks body scrolling by injecting
 * a <style> element without the CSP nonce, which a strict style-src blocks (a console error).
 */
function overlayRoot(): HTMLElement {
  return document.getElementById('overlay-root') ?? document.body;
}

export function MobileMenu() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);

  return (
    <div className="mobile-only">
      <Button
        size="large"
        icon={<MenuOutlined aria-hidden />}
        aria-label={t('nav.openMenu')}
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      />
      <Drawer
        title={t('nav.menuTitle')}
        placement="right"
        size="min(320px, 86vw)"
        open={open}
        onClose={close}
        getContainer={overlayRoot}
      >
        <MainNav className="drawer-nav" onNavigate={close} />
        <PreferenceControls vertical />
      </Drawer>
    </div>
  );
}
