// Profile: name, identity document and phone (masked or not, as the server returns them), and
// the real-name level with a verification action at level 1.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Tag, type DescriptionsProps } from 'antd';
import type { Me } from '../../api/identity.ts';
import { useProfile, useVerifyRealName } from '../../api/me.ts';
import { problemTitle } from '../../api/problem.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/index.ts';
import { MeSection } from './MeSection.tsx';

export function ProfileSection({ me }: { me: Me }) {
  const { t, lang } = useI18n();
  const isPerson = me.kind === 'person';
  const profile = useProfile(isPerson);
  const verify = useVerifyRealName();
  const level = profile.data?.realNameLevel ?? me.person?.realNameLevel;

  const items: NonNullable<DescriptionsProps['items']> = [
    { key: 'name', label: t('me.name'), children: me.name },
    { key: 'username', label: t('me.username'), children: me.username },
  ];
  if (profile.data) {
    items.push(
      { key: 'id', label: t('me.idNumber'), children: profile.data.idNumber },
      { key: 'phone', label: t('me.phone'), children: profile.data.phone },
    );
  }
  if (level) {
    items.push({
      key: 'level',
      label: t('me.realNameLevel'),
      children: (
        <span className="level-cell">
          <Tag className={`level-tag level-${level}`}>{level === 2 ? t('me.level2') : t('me.level1')}</Tag>
          {level === 1 && (
            <Button
              size="small"
              icon={<SafetyCertificateOutlined aria-hidden />}
              loading={verify.isPending}
              onClick={() => verify.mutate()}
            >
              {t('me.verify')}
            </Button>
          )}
        </span>
      ),
    });
  }

  return (
    <MeSection id="me-profile" title={t('me.profile')}>
      <Descriptions bordered column={1} items={items} className="me-descriptions" />
      {verify.isError && (
        <Alert type="error" showIcon title={problemTitle(verify.error, lang) ?? t('state.errorNetwork')} />
      )}
      {verify.isSuccess && <Alert type="success" showIcon title={t('me.verified')} />}
      {isPerson && profile.isPending && <Loading rows={2} />}
      {isPerson && profile.isError && (
        <LoadError error={profile.error} onRetry={() => void profile.refetch()} />
      )}
    </MeSection>
  );
}
