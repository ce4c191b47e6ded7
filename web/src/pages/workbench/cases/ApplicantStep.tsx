// Step 1 of window acceptance: find the applicant by citizen ID (person) or unified social credit
// code (enterprise). The number is checked here (length and check character) and looked up on the
// server (an audited read); the answer shows the masked name and the credit flag. The number stays
// in memory, never in the URL.
import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Input, Radio, Tag } from 'antd';
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { problemTitle } from '../../../api/problem.ts';
import { useI18n } from '../../../i18n/index.ts';
import { lookupApplicant, type ApplicantFound } from './api.ts';
import { isCitizenId, isUscc } from './codes.ts';

export interface ChosenApplicant {
  kind: 'idNumber' | 'uscc';
  value: string;
  found: ApplicantFound;
}

interface ApplicantStepProps {
  chosen: ChosenApplicant | null;
  onChosen: (chosen: ChosenApplicant | null) => void;
}

export function ApplicantStep({ chosen, onChosen }: ApplicantStepProps) {
  const { t, lang } = useI18n();
  const [kind, setKind] = useState<'idNumber' | 'uscc'>('idNumber');
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const lookup = useMutation({
    mutationFn: (v: { kind: 'idNumber' | 'uscc'; value: string }) => lookupApplicant(v.kind, v.value),
    onSuccess: (found, v) => onChosen({ ...v, found }),
  });

  const find = () => {
    const normalized = value.trim().toUpperCase();
    const ok = kind === 'idNumber' ? isCitizenId(normalized) : isUscc(normalized);
    setInvalid(!ok);
    if (ok) lookup.mutate({ kind, value: normalized });
  };

  if (chosen) {
    const { found } = chosen;
    return (
      <div data-testid="applicant-found">
        <Descriptions
          bordered
          size="small"
          column={1}
          items={[
            {
              key: 'name',
              label: t('wc.detail.applicant'),
              children: (
                <span>
                  <strong>{found.name}</strong>{' '}
                  <Tag>
                    {t(found.type === 'person' ? 'wc.new.foundKind.person' : 'wc.new.foundKind.enterprise')}
                  </Tag>
                  {found.realNameLevel != null && (
                    <Tag>{t('wc.new.realName', { n: found.realNameLevel })}</Tag>
                  )}
                </span>
              ),
            },
            { key: 'id', label: t('wc.detail.applicantId'), children: found.idMasked },
            {
              key: 'credit',
              label: t('wc.new.creditLabel'),
              children:
                found.creditRecords > 0 ? (
                  <Tag className="ctag ctag-required">{t('wc.new.credit', { n: found.creditRecords })}</Tag>
                ) : (
                  <Tag className="ctag ctag-ok">{t('wc.new.creditNone')}</Tag>
                ),
            },
          ]}
        />
        <Button className="wc-change" onClick={() => onChosen(null)}>
          {t('wc.new.change')}
        </Button>
      </div>
    );
  }

  const inputId = 'wc-applicant-number';
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        find();
      }}
    >
      <fieldset className="wc-question">
        <legend>{t('wc.new.idKind')}</legend>
        <Radio.Group
          value={kind}
          onChange={(e) => {
            setKind(e.target.value === 'uscc' ? 'uscc' : 'idNumber');
            setInvalid(false);
          }}
          options={[
            { value: 'idNumber', label: t('wc.new.idKind.person') },
            { value: 'uscc', label: t('wc.new.idKind.enterprise') },
          ]}
        />
      </fieldset>
      <label htmlFor={inputId} className="wc-label">
        {t(kind === 'idNumber' ? 'wc.new.idNumber' : 'wc.new.uscc')}
      </label>
      <div className="wc-row">
        <Input
          id={inputId}
          value={value}
          maxLength={18}
          autoComplete="off"
          status={invalid ? 'error' : undefined}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${inputId}-error` : undefined}
          onChange={(e) => setValue(e.target.value)}
        />
        <Button
          type="primary"
          htmlType="submit"
          icon={<SearchOutlined aria-hidden />}
          loading={lookup.isPending}
        >
          {t('wc.new.find')}
        </Button>
      </div>
      {invalid && (
        <p id={`${inputId}-error`} className="wc-error" role="alert">
          {t(kind === 'idNumber' ? 'wc.new.idInvalid' : 'wc.new.usccInvalid')}
        </p>
      )}
      {lookup.isError && (
        <Alert
          className="form-alert"
          type="error"
          showIcon
          title={problemTitle(lookup.error, lang) ?? t('wc.new.notFound')}
        />
      )}
    </form>
  );
}
