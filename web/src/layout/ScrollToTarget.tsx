// After navigation: scroll to the element named by the URL hash, or to the top for a new page.
import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

export function ScrollToTarget() {
  const { pathname, hash } = useLocation();
  useEffect(() => {
    if (!hash) {
      window.scrollTo(0, 0);
      return;
    }
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target) {
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    }
  }, [pathname, hash]);
  return null;
}
