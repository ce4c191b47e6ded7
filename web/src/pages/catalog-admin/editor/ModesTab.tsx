// 办理形式与标志: handling modes, visits, online depth and address, the real-name level, and the
// flags: city-wide, cross-province, notice-and-commitment, the negative lists, appointments.
import { useI18n } from '../../../i18n/index.ts';
import { withOptional } from '../content-types.ts';
import { CodeField, CodesField, NumberField, SwitchField, TextField } from './fields.tsx';
import type { TabProps } from './tab-props.ts';

export function ModesTab({ content, patch }: TabProps) {
  const { t } = useI18n();
  const commitment = content.commitment;
  return (
    <div className="ca-tab">
      <CodesField
        label={t('ca.f.handlingModes')}
        path="handlingModes"
        table="handlingMode"
        value={content.handlingModes}
        onChange={(handlingModes) => patch({ handlingModes })}
      />
      <div className="ca-grid">
        <NumberField
          label={t('ca.f.visits')}
          path="visits"
          max={9}
          value={content.visits}
          onChange={(visits) => patch({ visits })}
        />
        <CodeField
          label={t('ca.f.onlineDepth')}
          path="onlineDepth"
          table="onlineDepth"
          value={content.onlineDepth}
          onChange={(onlineDepth) => patch({ onlineDepth })}
        />
        <NumberField
          label={t('ca.f.minRealNameLevel')}
          path="minRealNameLevel"
          min={1}
          max={3}
          value={content.minRealNameLevel}
          onChange={(minRealNameLevel) => patch({ minRealNameLevel })}
        />
      </div>
      {content.visits > 0 && (
        <TextField
          label={t('ca.f.visitsReason')}
          path="visitsReason"
          value={content.visitsReason}
          maxLength={500}
          onChange={(v) => patch(withOptional(content, 'visitsReason', v))}
        />
      )}
      <TextField
        label={t('ca.f.onlineUrl')}
        path="onlineUrl"
        value={content.onlineUrl}
        maxLength={300}
        onChange={(v) => patch(withOptional(content, 'onlineUrl', v))}
      />
      <div className="ca-grid">
        <SwitchField
          label={t('ca.f.cityWide')}
          path="cityWide"
          checked={content.cityWide}
          onChange={(cityWide) => patch({ cityWide })}
        />
        <SwitchField
          label={t('ca.f.appointment')}
          path="appointment"
          checked={content.appointment}
          onChange={(appointment) => patch({ appointment })}
        />
        <SwitchField
          label={t('ca.f.onlinePayment')}
          path="onlinePayment"
          checked={content.onlinePayment}
          onChange={(onlinePayment) => patch({ onlinePayment })}
        />
      </div>
      <CodesField
        label={t('ca.f.crossProvince')}
        path="crossProvince"
        table="crossProvince"
        value={content.crossProvince}
        onChange={(crossProvince) => patch({ crossProvince })}
      />
      <SwitchField
        label={t('ca.f.commitment')}
        path="commitment"
        checked={commitment !== null}
        onChange={(on) => patch({ commitment: on ? { text: '', verificationPlan: '' } : null })}
      />
      {commitment && (
        <>
          <TextField
            label={t('ca.f.commitmentText')}
            path="commitment.text"
            value={commitment.text}
            rows={3}
            maxLength={2000}
            onChange={(text) => patch({ commitment: { ...commitment, text } })}
          />
          <TextField
            label={t('ca.f.verificationPlan')}
            path="commitment.verificationPlan"
            value={commitment.verificationPlan}
            rows={3}
            maxLength={2000}
            onChange={(verificationPlan) => patch({ commitment: { ...commitment, verificationPlan } })}
          />
        </>
      )}
      {(['notInCentre', 'notOnline'] as const).map((key) => {
        const entry = content[key];
        return (
          <div key={key}>
            <SwitchField
              label={t(`ca.f.${key}`)}
              path={key}
              checked={entry !== null}
              onChange={(on) => patch({ [key]: on ? { reason: '' } : null })}
            />
            {entry && (
              <TextField
                label={`${t(`ca.f.${key}`)}：${t('ca.f.reason')}`}
                path={`${key}.reason`}
                value={entry.reason}
                maxLength={500}
                onChange={(reason) => patch({ [key]: { reason } })}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}
