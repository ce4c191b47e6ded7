// The workbench's ways into case handling: the queue (back office, chief representative) and
// window acceptance (clerks holding case.accept).
import { FileAddOutlined, InboxOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { Me } from '../../../api/identity.ts';
import { useI18n } from '../../../i18n/index.ts';

export function CaseShortcuts({ me }: { me: Me }) {
  const { t } = useI18n();
  const mayAccept = me.grants.some((g) => g.permission === 'case.accept');
  return (
    <nav aria-label={t('wc.title')}>
      <ul className="admin-shortcuts" data-testid="case-shortcuts">
        <li>
          <Link to="/workbench/cases" className="admin-shortcut">
            <InboxOutlined aria-hidden />
            <span>
              <strong>{t('wc.queue.title')}</strong>
              <span className="admin-shortcut-lead">{t('wc.queue.shortcutLead')}</span>
            </span>
          </Link>
        </li>
        {mayAccept && (
          <li>
            <Link to="/workbench/cases/new" className="admin-shortcut">
              <FileAddOutlined aria-hidden />
              <span>
                <strong>{t('wc.new.title')}</strong>
                <span className="admin-shortcut-lead">{t('wc.new.shortcutLead')}</span>
              </span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
