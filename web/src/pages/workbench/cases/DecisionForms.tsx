// The decision and delivery forms: deny (with its reason), deliver the result (window, courier or
// electronic), forward the paper file to the competent agency (收件后转寄), verify a 告知承诺
// commitment afterwards, and revoke a result.
import { Input, Radio } from 'antd';
import { useState } from 'react';
import { useMe } from '../../../api/auth.ts';
import { Field, opt, type ActionKit } from './ActionFormKit.tsx';

export const DECISION_ACTIONS = ['deny', 'deliver', 'forward', 'verify-commitment', 'revoke'] as const;
type DecisionAction = (typeof DECISION_ACTIONS)[number];
export const isDecisionAction = (a: string): a is DecisionAction =>
  (DECISION_ACTIONS as readonly string[]).includes(a);

export function DecisionForm({ kit, action }: { kit: ActionKit; action: DecisionAction }) {
  const { t, errors, opinion, reason, submit, form, opinionField, reasonField } = kit;
  const me = useMe().data;
  const [method, setMethod] = useState<'window' | 'courier' | 'electronic'>('window');
  const [courier, setCourier] = useState('');
  const [tracking, setTracking] = useState('');
  const [receivedBy, setReceivedBy] = useState('');
  const [passed, setPassed] = useState<boolean>(true);

  // Both a courier delivery and a forwarding need the courier and its tracking number.
  const courierFields = (prefix: string) => (
    <>
      <Field id={`${prefix}-courier`} label={t('wc.form.courier')} error={errors.courier}>
        <Input
          id={`${prefix}-courier`}
          maxLength={50}
          value={courier}
          onChange={(e) => setCourier(e.target.value)}
        />
      </Field>
      <Field id={`${prefix}-tracking`} label={t('wc.form.trackingNumber')} error={errors.tracking}>
        <Input
          id={`${prefix}-tracking`}
          maxLength={50}
          value={tracking}
          onChange={(e) => setTracking(e.target.value)}
        />
      </Field>
    </>
  );

  switch (action) {
    case 'deny':
      return form(
        <>
          {reasonField()}
          {opinionField()}
        </>,
        () => submit({ reason: !reason.trim() }, { action, reason: reason.trim(), opinion: opt(opinion) }),
      );
    case 'deliver':
      return form(
        <>
          <fieldset className="wc-question">
            <legend>{t('wc.form.deliveryMethod')}</legend>
            <Radio.Group
              value={method}
              onChange={(e) => setMethod(e.target.value as typeof method)}
              options={(['window', 'courier', 'electronic'] as const).map((m) => ({
                value: m,
                label: t(`wc.form.delivery.${m}`),
              }))}
            />
          </fieldset>
          {method === 'courier' && courierFields('wc-deliver')}
          {method === 'window' && (
            <Field id="wc-deliver-received" label={t('wc.form.receivedBy')}>
              <Input
                id="wc-deliver-received"
                maxLength={50}
                value={receivedBy}
                onChange={(e) => setReceivedBy(e.target.value)}
              />
            </Field>
          )}
        </>,
        () =>
          submit(
            {
              courier: method === 'courier' && !courier.trim(),
              tracking: method === 'courier' && !tracking.trim(),
            },
            {
              action,
              delivery: {
                method,
                ...(method === 'window' && me?.staff?.venueId && { venueId: me.staff.venueId }),
                ...(method === 'window' && opt(receivedBy) && { receivedBy: receivedBy.trim() }),
                ...(method === 'courier' && { courier: courier.trim(), trackingNumber: tracking.trim() }),
              },
            },
          ),
      );
    case 'forward':
      return form(courierFields('wc-forward'), () =>
        submit(
          { courier: !courier.trim(), tracking: !tracking.trim() },
          { action, forwarding: { courier: courier.trim(), trackingNumber: tracking.trim() } },
        ),
      );
    case 'verify-commitment':
      return form(
        <>
          <fieldset className="wc-question">
            <legend>{t('wc.form.verification')}</legend>
            <Radio.Group
              value={passed ? 'passed' : 'failed'}
              onChange={(e) => setPassed(e.target.value === 'passed')}
              options={[
                { value: 'passed', label: t('wc.form.verification.passed') },
                { value: 'failed', label: t('wc.form.verification.failed') },
              ]}
            />
          </fieldset>
          {/* A failed verification has consequences (revocation, credit): it must say why. */}
          {opinionField(!passed)}
        </>,
        () =>
          submit(
            { opinion: !passed && !opinion.trim() },
            { action, verificationPassed: passed, opinion: opt(opinion) },
          ),
      );
    case 'revoke':
      return form(reasonField(), () => submit({ reason: !reason.trim() }, { action, reason: reason.trim() }));
  }
}
