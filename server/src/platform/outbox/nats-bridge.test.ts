// The bridge's pure rules: which events leave, under which subject, in which envelope, and how
// NATS_URL is read. The relay itself is exercised against a real nats-server in
// reliability/nats-bridge.test.ts.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/config.ts';
import { natsServers } from './nats-bridge.ts';
import { isBridged, isValidEventType, messageFor, subjectFor } from './nats-subjects.ts';

describe('subjectFor', () => {
  it('prefixes the event type', () => {
    expect(subjectFor('case.concluded')).toBe('tongban.case.concluded');
    expect(subjectFor('catalog.item-changed')).toBe('tongban.catalog.item-changed');
    expect(subjectFor('case.concluded', 'test_ab12')).toBe('test_ab12.case.concluded');
  });

  it.each([
    '',
    'case.',
    '.case',
    'case..x',
    'case.*',
    'case.>',
    'case concluded',
    'case.\u0000',
    '案件.办结',
  ])('refuses %j, which is no NATS subject', (type) => {
    expect(isValidEventType(type)).toBe(false);
    expect(() => subjectFor(type)).toThrow(/not a NATS subject/);
  });
});

describe('isBridged', () => {
  it.each([
    'case.submitted',
    'case.accepted',
    'case.concluded',
    'case.status-changed',
    'license.issued',
    'rating.created',
    'calendar.changed',
  ])('bridges the business event %s', (type) => expect(isBridged(type)).toBe(true));

  it.each(['job.outbox.purge', 'job.cases.sweep', 'notification.sms', 'case.notice'])(
    'keeps the internal event %s in',
    (type) => expect(isBridged(type)).toBe(false),
  );

  it('does not mistake a look-alike for an internal prefix', () => {
    expect(isBridged('jobs.created')).toBe(true);
    expect(isBridged('case.notices')).toBe(true);
  });

  it('never bridges a type that is no subject', () => expect(isBridged('case.*')).toBe(false));
});

describe('messageFor', () => {
  it('wraps the payload with id, type and ISO time', () => {
    const createdAt = new Date('2026-11-28T01:02:03.004Z');
    expect(messageFor({ id: 'e1', type: 'case.concluded', createdAt, payload: { caseId: 'c1' } })).toEqual({
      id: 'e1',
      type: 'case.concluded',
      occurredAt: '2026-11-28T01:02:03.004Z',
      payload: { caseId: 'c1' },
    });
  });
});

describe('NATS_URL', () => {
  it('is unset by default: no bridge', () => expect(loadConfig({}).natsUrl).toBeUndefined());

  it('takes nats:// and tls:// lists', () => {
    const url = 'nats://a:4222, tls://b:4222';
    expect(loadConfig({ NATS_URL: url }).natsUrl).toBe(url);
  });

  it.each(['127.0.0.1:4222', 'http://n:4222', 'nats://', 'nats://a:4222,', 'postgres://db/x'])(
    'refuses %j',
    (url) => {
      expect(() => loadConfig({ NATS_URL: url })).toThrow(ConfigError);
      expect(() => loadConfig({ NATS_URL: url })).toThrow(/NATS_URL must be nats:\/\/ or tls:\/\//);
    },
  );

  it('moves credentials out of the server URLs', () => {
    expect(natsServers('nats://bridge:p%40ss@n1:4222,nats://n2:4222')).toEqual({
      servers: ['nats://n1:4222', 'nats://n2:4222'],
      user: 'bridge',
      pass: 'p@ss',
    });
    expect(natsServers('nats://127.0.0.1:4222')).toEqual({ servers: ['nats://127.0.0.1:4222'] });
  });
});
