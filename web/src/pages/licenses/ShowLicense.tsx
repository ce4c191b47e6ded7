// 亮证: the holder makes a short-lived, signed code and shows it as a QR for a verifier to scan.
// A visible countdown (the code lapses on the server at expiresAt), a refresh button, and a live
// region that announces a new code and its expiry — not every second of the countdown.
import { QrcodeOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { problemTitle } from '../../api/problem.ts';
import { useI18n } from '../../i18n/index.ts';
import { useShowToken } from './api.ts';
import { QrCode } from './QrCode.tsx';

const DEFAULT_LIFETIME_MS = 5 * 60 * 1000;

/** When the code lapses by the local clock; a skewed clock falls back to the default lifetime. */
function deadlineOf(expiresAt: string, receivedAt: number): number {
  const lifetime = Date.parse(expiresAt) - receivedAt;
  const sane = Number.isFinite(lifetime) && lifetime > 0 && lifetime <= 60 * 60 * 1000;
  return receivedAt + (sane ? lifetime : DEFAULT_LIFETIME_MS);
}

const mmss = (seconds: number) =>
  `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;

export function ShowLicense({ licenseId, disabled }: { licenseId: string; disabled: boolean }) {
  const { t, lang } = useI18n();
  const show = useShowToken(licenseId);
  const [code, setCode] = useState<{ url: string; deadline: number; minutes: number } | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!code) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [code]);

  const request = () =>
    show.mutate(undefined, {
      onSuccess: (shown) => {
        const receivedAt = Date.now();
        const deadline = deadlineOf(shown.expiresAt, receivedAt);
        setNow(receivedAt);
        setCode({
          // The verifier page's address carrying the code: a phone camera opens it directly,
          // and an offline verifier takes the signed code from its `t` parameter.
          url: shown.verifyUrl,
          deadline,
          minutes: Math.max(1, Math.round((deadline - receivedAt) / 60000)),
        });
      },
    });

  const left = code ? Math.max(0, Math.ceil((code.deadline - now) / 1000)) : 0;
  const expired = code !== null && left === 0;

  return (
    <section className="lic-section lic-show" aria-labelledby="lic-show-title">
      <h2 id="lic-show-title" className="section-title">
        {t('lic.show.title')}
      </h2>
      {!code && (
        <>
          <p className="lic-muted">{t('lic.show.lead')}</p>
          <Button
            type="primary"
            size="large"
            icon={<QrcodeOutlined aria-hidden />}
            onClick={request}
            loading={show.isPending}
            disabled={disabled}
          >
            {t('lic.show.button')}
          </Button>
          {disabled && <p className="lic-muted lic-note">{t('lic.show.notValid')}</p>}
        </>
      )}
      {show.isError && (
        <Alert
          className="lic-alert"
          type="error"
          showIcon
          title={problemTitle(show.error, lang) ?? t('state.errorNetwork')}
        />
      )}
      {code && (
        <div className="lic-qr-box" data-testid="show-code">
          <div className={expired ? 'lic-qr-frame lic-qr-expired' : 'lic-qr-frame'}>
            {expired ? (
              <p className="lic-qr-lapsed">{t('lic.show.expired')}</p>
            ) : (
              <QrCode value={code.url} label={t('lic.show.qrLabel')} className="lic-qr" testId="show-qr" />
            )}
          </div>
          <p className="lic-qr-hint">{t('lic.show.hint', { minutes: code.minutes })}</p>
          <p className="lic-countdown" data-testid="show-countdown">
            {t('lic.show.remaining')} <strong className="lic-mono">{mmss(left)}</strong>
          </p>
          <p className="visually-hidden" role="status" aria-live="polite">
            {expired ? t('lic.show.expired') : t('lic.show.ready', { minutes: code.minutes })}
          </p>
          <Button
            size="large"
            icon={<ReloadOutlined aria-hidden />}
            onClick={request}
            loading={show.isPending}
          >
            {t('lic.show.refresh')}
          </Button>
        </div>
      )}
    </section>
  );
}
