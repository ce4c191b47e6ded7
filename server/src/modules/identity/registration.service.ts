// Self-registration of a person: phone verified by an SMS code, identity document validated, ID
// number and phone encrypted with blind indexes, real-name level 1 (self-declared). A duplicate
// username, phone or document answers 409 "already registered" without saying which account.
import { and, eq, or } from 'drizzle-orm';
import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import { normalizeText } from '../../platform/crypto/blind-index.ts';
import { AppError, type FieldError } from '../../platform/errors/app-error.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { validateIdentityDocument } from '../../platform/identifiers/identity-document.ts';
import type { IdentityContext } from './identity-context.ts';
import { hashPassword, passwordProblem } from './password.ts';
import { account, person } from './schema.ts';
import { createSession } from './sessions.ts';
import { checkVerificationCode, consumeVerificationCode } from './verification-codes.ts';

export interface RegistrationInput {
  username: string;
  password: string;
  phone: string;
  code: string;
  name: string;
  idType: string;
  idNumber: string;
  origin: string;
  userAgent: string | undefined;
  requestId: string;
}

const ALREADY_REGISTERED = () =>
  new AppError('CONFLICT', {
    detail: 'already registered: sign in, or reset the password of the existing account',
  });

/** True when the error (or one it wraps) is a unique-constraint violation. */
function isUniqueViolation(e: unknown): boolean {
  for (let c: unknown = e, depth = 0; c && depth < 5; c = (c as { cause?: unknown }).cause, depth++) {
    if ((c as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

function validate(input: RegistrationInput): { idNumber: string; name: string } {
  const errors: FieldError[] = [];
  const weak = passwordProblem(input.password);
  if (weak) errors.push({ path: '/body/password', message: weak.en, messageZh: weak.zh });
  const doc = validateIdentityDocument(input.idType, input.idNumber);
  if (!doc.ok) errors.push({ path: '/body/idNumber', message: doc.reason.en, messageZh: doc.reason.zh });
  const name = normalizeText(input.name);
  if (!name) errors.push({ path: '/body/name', message: 'must not be blank', messageZh: '不能为空' });
  if (errors.length || !doc.ok) throw new AppError('VALIDATION_FAILED', { errors });
  return { idNumber: doc.normalized, name };
}

export async function register(ctx: IdentityContext, input: RegistrationInput) {
  const { idNumber, name } = validate(input);
  const codeId = await checkVerificationCode(ctx, {
    phone: input.phone,
    purpose: 'register',
    code: input.code,
  });
  const { cipher, lookupHash } = ctx.crypto;
  const phoneHash = lookupHash(input.phone);
  const idNumberHash = lookupHash(idNumber);
  const passwordHash = await hashPassword(input.password);
  const id = uuidv7();
  try {
    return await ctx.db.transaction(async (tx) => {
      await consumeVerificationCode(tx, codeId);
      const [taken] = await tx
        .select({ id: person.id })
        .from(person)
        .where(
          or(
            eq(person.phoneHash, phoneHash),
            and(eq(person.idType, input.idType), eq(person.idNumberHash, idNumberHash)),
          ),
        )
        .limit(1);
      const [usernameTaken] = await tx
        .select({ id: account.id })
        .from(account)
        .where(eq(account.username, input.username));
      if (taken || usernameTaken) throw ALREADY_REGISTERED();
      await tx.insert(account).values({ id, kind: 'person', username: input.username, passwordHash });
      await tx.insert(person).values({
        id,
        name,
        idType: input.idType,
        idNumberEnc: cipher.encrypt(idNumber, `person:${id}:id_number`),
        idNumberHash,
        phoneEnc: cipher.encrypt(input.phone, `person:${id}:phone`),
        phoneHash,
        realNameLevel: 1,
      });
      const created = await createSession(tx, {
        accountId: id,
        mfa: false,
        origin: input.origin,
        userAgent: input.userAgent,
      });
      const actor: AuditActor = { type: 'person', id, origin: input.origin, requestId: input.requestId };
      await recordAudit(tx, actor, {
        action: 'auth.register',
        purpose: 'self-registration',
        resource: { type: 'account', id },
        dataSubject: { type: 'person', id },
        detail: { realNameLevel: 1, idType: input.idType },
      });
      await recordAudit(tx, actor, {
        action: 'auth.login',
        purpose: 'sign in after registration',
        resource: { type: 'session', id: created.id },
        detail: { mfa: false },
      });
      return { ...created, accountId: id };
    });
  } catch (e) {
    // Two registrations racing for the same username, phone or document: the loser gets 409.
    if (isUniqueViolation(e)) throw ALREADY_REGISTERED();
    throw e;
  }
}
