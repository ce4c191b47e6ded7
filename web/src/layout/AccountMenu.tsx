// The header's account corner: sign-in and registration links, or the signed-in name with a menu
// (my space or the workbench, sign out).
import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useLogout, useMe } from '../api/auth.ts';
import { useI18n } from '../i18n/index.ts';

export function AccountMenu() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const kind = me.data?.kind;
  const logout = useLogout({ reloadTo: kind === 'staff' ? '/workbench/login' : '/' });

  if (!me.data) {
    return (
      <div className="account-links">
        <Link to="/login" className="account-signin">
          <UserOutlined aria-hidden /> {t('account.signIn')}
        </Link>
        <Link to="/register" className="account-register desktop-only">
          {t('account.register')}
        </Link>
      </div>
    );
  }

  const { name } = me.data;
  const home = kind === 'staff' ? '/workbench' : '/me';
  const items: MenuProps['items'] = [
    { key: 'home', label: kind === 'staff' ? t('account.workbench') : t('account.mySpace') },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined aria-hidden />, label: t('account.signOut'), danger: true },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'home') void navigate(home);
    else logout.mutate();
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button
        className="account-button"
        aria-label={t('account.menu', { name })}
        icon={<UserOutlined aria-hidden />}
      >
        <span className="account-name">{name}</span>
        <DownOutlined aria-hidden />
      </Button>
    </Dropdown>
  );
}
