// Roles as data: list them with their permissions, and add a role. Roles are the whole
// platform's vocabulary, so only a city-wide administrator adds one; its permissions must come
// from the catalog. Adding a role gives nobody anything — granting it is checked separately.
import { asc, eq } from 'drizzle-orm';
import { PERMISSIONS, SECOND_FACTOR_PERMISSIONS, isPermission } from '../../platform/access/permissions.ts';
import { scopesOf, type Principal } from '../../platform/access/principal.ts';
import { recordAudit, type AuditActor } from '../../platform/audit/record.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { role, rolePermission } from './schema.ts';
import { isCityWide } from './staff-admin.scope.ts';

export async function listRoles(db: Db) {
  const roles = await db.select().from(role).orderBy(asc(role.id));
  const perms = await db.select().from(rolePermission).orderBy(asc(rolePermission.permission));
  return {
    items: roles.map((r) => ({
      ...r,
      permissions: perms.filter((p) => p.roleId === r.id).map((p) => p.permission),
    })),
  };
}

export function permissionCatalog() {
  return {
    items: Object.entries(PERMISSIONS).map(([name, label]) => ({
      name,
      zh: label.zh,
      en: label.en,
      secondFactor: SECOND_FACTOR_PERMISSIONS.some((p) => p === name),
    })),
  };
}

export interface CreateRoleInput {
  id: string;
  nameZh: string;
  nameEn: string;
  permissions: string[];
}

export async function createRole(
  ctx: { db: Db; actor: AuditActor; principal: Principal },
  input: CreateRoleInput,
) {
  if (!scopesOf(ctx.principal, 'users.admin').some(isCityWide))
    throw new AppError('FORBIDDEN', { detail: 'only a city-wide administrator adds roles' });
  const unknown = input.permissions.filter((p) => !isPermission(p));
  if (unknown.length)
    throw new AppError('VALIDATION_FAILED', {
      errors: unknown.map((p) => ({
        path: `/body/permissions/${input.permissions.indexOf(p)}`,
        message: `unknown permission ${p}`,
        messageZh: `未知的权限：${p}`,
      })),
    });
  const permissions = [...new Set(input.permissions)].sort();
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: role.id }).from(role).where(eq(role.id, input.id));
    if (existing) throw new AppError('CONFLICT', { detail: 'a role with this id exists' });
    await tx.insert(role).values({ id: input.id, nameZh: input.nameZh, nameEn: input.nameEn });
    await tx
      .insert(rolePermission)
      .values(permissions.map((permission) => ({ roleId: input.id, permission })));
    await recordAudit(tx, ctx.actor, {
      action: 'role.create',
      purpose: 'administer roles',
      resource: { type: 'role', id: input.id },
      detail: { permissions },
    });
    return { id: input.id, nameZh: input.nameZh, nameEn: input.nameEn, permissions };
  });
}
