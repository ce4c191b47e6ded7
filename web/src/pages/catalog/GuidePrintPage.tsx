// A4 print view of a guide (/guides/:code/print): every section expanded, the chosen situation
// as text. On screen a bar offers 打印 and the way back; print.css hides it, the site header and
// footer, and sets the page box (A4, 15 mm margins, 12 pt).
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/index.ts';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { GuideView } from './guide/GuideView.tsx';
import { useGuidePage } from './guide/useGuidePage.ts';

export function GuidePrintPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { code, guide, situation, notFound } = useGuidePage(t('guide.print'));
  // The print stylesheet keys off this class: only this page drops the site frame on paper.
  useEffect(() => {
    document.documentElement.classList.add('print-view');
    return () => document.documentElement.classList.remove('print-view');
  }, []);
  if (notFound) return <NotFoundPage title={t('guide.notFound')} />;
  return (
    <div className="container page guide-print-page">
      <div className="print-bar" role="region" aria-label={t('guide.printTitle')}>
        <p className="guide-muted">{t('guide.printHint')}</p>
        <Button
          icon={<ArrowLeftOutlined aria-hidden />}
          onClick={() => void navigate(`/guides/${code}${situation.search}`)}
        >
          {t('guide.backToGuide')}
        </Button>
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
          {t('guide.print')}
        </Button>
      </div>
      {guide.isPending && <Loading rows={10} />}
      {guide.isError && (
        <LoadError error={guide.error} onRetry={() => void guide.refetch()} headingLevel={2} />
      )}
      {guide.data && <GuideView guide={guide.data} situation={situation} print />}
    </div>
  );
}
