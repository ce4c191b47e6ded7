// The identity switcher: a person who may act for enterprises sees, on every page, whom they are
// acting as now, and switches between themself and each enterprise that authorised them.
import { BankOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Radio } from 'antd';
import { useMe, useSwitchIdentity } from '../api/auth.ts';
import { problemTitle } from '../api/problem.ts';
import { useI18n } from '../i18n/index.ts';

const SELF = 'self';

export function IdentityBar() {
  const { t, lang } = useI18n();
  const me = useMe().data;
  const switcher = useSwitchIdentity();
  if (!me || me.kind !== 'person' || me.enterprises.length === 0) return null;

  const acting = me.actingFor;
  const subject = acting ? acting.name : me.name;
  const options = [
    { value: SELF, label: t('identity.self', { name: me.name }) },
    ...me.enterprises.map((e) => ({ value: e.id, label: e.name })),
  ];

  return (
    <div className={acting ? 'identity-bar identity-enterprise' : 'identity-bar'} data-testid="identity-bar">
      <div className="container identity-inner">
        <p className="identity-current" aria-live="polite">
          {acting ? <BankOutlined aria-hidden /> : <UserOutlined aria-hidden />}{' '}
          <span className="identity-label">
            {t('identity.label')}
            {lang === 'zh-CN' ? '：' : ': '}
          </span>
          <strong>{t('identity.actingAs', { name: subject })}</strong>
        </p>
        <fieldset className="identity-switch">
          <legend className="visually-hidden">{t('identity.switchTo')}</legend>
          <Radio.Group
            value={acting?.id ?? SELF}
            disabled={switcher.isPending}
            options={options}
            onChange={(e) => switcher.mutate(e.target.value === SELF ? null : String(e.target.value))}
          />
        </fieldset>
        {switcher.isError && (
          <Alert
            type="error"
            showIcon
            title={problemTitle(switcher.error, lang) ?? t('state.errorNetwork')}
          />
        )}
      </div>
    </div>
  );
}
