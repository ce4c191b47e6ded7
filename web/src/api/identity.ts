// Shapes of the identity routes: the responses come from the generated OpenAPI types; the
// request inputs are the forms' own.
import type { Me } from './types.ts';

export type { Me, SessionItem } from './types.ts';
export type AccountKind = Me['kind'];
export type Grant = Me['grants'][number];
export type EnterpriseRef = NonNullable<Me['actingFor']>;

export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

export interface LoginInput {
  username: string;
  password: string;
  totp?: string;
}

export interface RegisterInput {
  username: string;
  password: string;
  phone: string;
  code: string;
  name: string;
  idType: '111';
  idNumber: string;
}
