// Step 4 of window acceptance: window handling (the applicant or their agent is there) or assisted
// handling (帮办代办: staff operate for the person), which records how the person consented.
import { Input, Radio, Select } from 'antd';
import { useI18n } from '../../../i18n/index.ts';
import type { AssistMethod, AssistReason } from './api.ts';

export interface ChannelChoice {
  channel: 'window' | 'assisted';
  reason: AssistReason;
  method: AssistMethod;
  note: string;
}

export const DEFAULT_CHANNEL: ChannelChoice = {
  channel: 'window',
  reason: 'elderly',
  method: 'signature',
  note: '',
};

/** The body fields of the choice: the consent only for assisted handling, the note only if given. */
export function channelFields({ channel, reason, method, note }: ChannelChoice) {
  return {
    channel,
    ...(channel === 'assisted' && {
      assistedConsent: { reason, method, ...(note.trim() && { note: note.trim() }) },
    }),
  };
}

export function ChannelStep({
  value,
  onChange,
}: {
  value: ChannelChoice;
  onChange: (v: ChannelChoice) => void;
}) {
  const { t } = useI18n();
  const set = (patch: Partial<ChannelChoice>) => onChange({ ...value, ...patch });
  return (
    <>
      <fieldset className="wc-question">
        <legend>{t('wc.new.channel')}</legend>
        <Radio.Group
          value={value.channel}
          onChange={(e) => set({ channel: e.target.value === 'assisted' ? 'assisted' : 'window' })}
          options={[
            { value: 'window', label: t('wc.new.channel.window') },
            { value: 'assisted', label: t('wc.new.channel.assisted') },
          ]}
        />
      </fieldset>
      {value.channel === 'assisted' && (
        <div className="wc-consent" data-testid="assisted-consent">
          <h3 className="wc-subtitle">{t('wc.new.consent')}</h3>
          <label htmlFor="wc-consent-reason" className="wc-label">
            {t('wc.new.consentReason')}
          </label>
          <Select<AssistReason>
            id="wc-consent-reason"
            className="wc-status-select"
            value={value.reason}
            onChange={(reason) => set({ reason })}
            options={(['elderly', 'disabled', 'other'] as const).map((r) => ({
              value: r,
              label: t(`wc.new.reason.${r}`),
            }))}
          />
          <fieldset className="wc-question">
            <legend>{t('wc.new.consentMethod')}</legend>
            <Radio.Group
              value={value.method}
              onChange={(e) => set({ method: e.target.value as AssistMethod })}
              options={(['signature', 'fingerprint', 'verbal-recorded'] as const).map((m) => ({
                value: m,
                label: t(`wc.new.method.${m}`),
              }))}
            />
          </fieldset>
          <label htmlFor="wc-consent-note" className="wc-label">
            {t('wc.new.consentNote')}
          </label>
          <Input.TextArea
            id="wc-consent-note"
            rows={2}
            maxLength={500}
            value={value.note}
            onChange={(e) => set({ note: e.target.value })}
          />
        </div>
      )}
    </>
  );
}
