// The applicants: person accounts (no password: the load scripts make sessions directly) and
// enterprises whose legal representative is one of them. Everything of person j follows from j
// (ids, a unique ID number and phone), so a case can name its applicant without a look-up.
import { createHmac } from 'node:crypto';
import { normalizeIdNumber } from '../../server/src/platform/crypto/blind-index.ts';
import type { FieldCipher } from '../../server/src/platform/crypto/field-encryption.ts';
import { gb11643CheckChar } from '../../server/src/platform/identifiers/gb11643.ts';
import { usccCheckChar } from '../../server/src/platform/identifiers/uscc.ts';
import {
  companyName,
  personName,
  seededRandom,
  type Random,
} from '../../server/src/modules/stats/seed/history-random.ts';

/** 2020 census population of Tianjin's districts (10 000s): where applicants live and apply. */
export const DISTRICT_POPULATION: Record<string, number> = {
  '120101': 35,
  '120102': 86,
  '120103': 82,
  '120104': 89,
  '120105': 65,
  '120106': 48,
  '120110': 86,
  '120111': 119,
  '120112': 93,
  '120113': 91,
  '120114': 115,
  '120115': 72,
  '120116': 206,
  '120117': 40,
  '120118': 79,
  '120119': 80,
};
const DISTRICTS = Object.entries(DISTRICT_POPULATION) as [string, number][];

const hex12 = (n: number) => n.toString(16).padStart(12, '0');
export const personId = (j: number) => `b0000000-0000-4000-8000-${hex12(j)}`;
export const enterpriseId = (k: number) => `e0000000-0000-4000-8000-${hex12(k)}`;
export const personUsername = (j: number) => `bench-p${j}`;
/** Persons per enterprise: enterprise k's legal representative is person k × this. */
export const PERSONS_PER_ENTERPRISE = 25;

const BIRTH_DAYS = 20_075; // 1950-01-01 … 2004-12-31
const BIRTH_START = Date.UTC(1950, 0, 1);

export interface PersonFacts {
  id: string;
  name: string;
  idNumber: string;
  phone: string;
  region: string;
}

const mix = (seed: number, j: number) => (Math.imul(j ^ 0x5bd1e995, 0x27d4eb2d) ^ seed) >>> 0;

/** Person j: an ID number unique by construction (birth date and serial from j). */
export function personFacts(seed: number, j: number): PersonFacts {
  const r = seededRandom(mix(seed, j));
  const region = r.weighted(DISTRICTS);
  const birth = new Date(BIRTH_START + (j % BIRTH_DAYS) * 86_400_000).toISOString().slice(0, 10);
  const serial = String((Math.floor(j / BIRTH_DAYS) % 999) + 1).padStart(3, '0');
  // Past 20 million persons the serials repeat: the region then comes from j so they stay unique.
  const home =
    j >= BIRTH_DAYS * 999 ? DISTRICTS[Math.floor(j / (BIRTH_DAYS * 999)) % DISTRICTS.length]![0] : region;
  const first17 = `${home}${birth.replaceAll('-', '')}${serial}`;
  return {
    id: personId(j),
    name: personName(r),
    idNumber: first17 + gb11643CheckChar(first17),
    phone: `139${String(j).padStart(8, '0')}`,
    region: home,
  };
}

const USCC_BODY = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export interface EnterpriseFacts {
  id: string;
  uscc: string;
  name: string;
  legalRep: number;
}

export function enterpriseFacts(seed: number, k: number): EnterpriseFacts {
  const r = seededRandom(mix(seed ^ 0xe17e, k));
  let body = '';
  for (let n = k, i = 0; i < 9; i++, n = Math.floor(n / 31)) body = USCC_BODY[n % 31] + body;
  const region = r.weighted(DISTRICTS);
  const first17 = `91${region}${body}`;
  return {
    id: enterpriseId(k),
    uscc: first17 + usccCheckChar(first17),
    name: companyName(r),
    legalRep: k * PERSONS_PER_ENTERPRISE,
  };
}

/** How cases pick their applicant: a few heavy ones, a skewed tail, most people 1–3 cases. */
export interface Population {
  persons: number;
  enterprises: number;
  heavy: number;
  heavyShare: number;
  pickPerson(r: Random): number;
  pickEnterprise(r: Random): number;
}

export function population(cases: number, heavy: number): Population {
  const persons = Math.max(heavy + 100, Math.round(cases * 0.4));
  const enterprises = Math.max(1, Math.floor(persons / PERSONS_PER_ENTERPRISE));
  // Each heavy applicant gets about 300 cases (the my-cases benchmark pages through them).
  const heavyShare = Math.min(0.2, (heavy * 300) / Math.max(1, cases));
  const rest = persons - heavy;
  return {
    persons,
    enterprises,
    heavy,
    heavyShare,
    pickPerson: (r) => {
      if (r.chance(heavyShare)) return r.int(0, heavy - 1);
      // A quarter from a skewed tail (a few people with dozens of cases), the rest uniform.
      return heavy + Math.floor(rest * (r.chance(0.25) ? Math.pow(r.next(), 1.5) : r.next()));
    },
    pickEnterprise: (r) => Math.floor(enterprises * (r.chance(0.2) ? Math.pow(r.next(), 1.5) : r.next())),
  };
}

/** The blind index the server computes (platform/crypto/blind-index.ts) with the subkey derived once. */
export function fastLookupHash(subkey: Buffer): (value: string) => string {
  return (value) => createHmac('sm3', subkey).update(normalizeIdNumber(value), 'utf8').digest('hex');
}

export interface PersonRows {
  account: Record<string, unknown>;
  person: Record<string, unknown>;
}

export function personRows(
  f: PersonFacts,
  j: number,
  cipher: FieldCipher,
  hash: (v: string) => string,
  createdAt: Date,
): PersonRows {
  return {
    account: {
      id: f.id,
      kind: 'person',
      username: personUsername(j),
      passwordHash: '!bench-no-password',
      createdAt,
    },
    person: {
      id: f.id,
      name: f.name,
      idType: '111',
      idNumberEnc: cipher.encrypt(f.idNumber, `person:${f.id}:id_number`),
      idNumberHash: hash(f.idNumber),
      phoneEnc: cipher.encrypt(f.phone, `person:${f.id}:phone`),
      phoneHash: hash(f.phone),
      realNameLevel: 2,
    },
  };
}
