// Response schemas of the sign-in routes: who the caller is, and their sessions.
import { Type } from 'typebox';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const MeSchema = Type.Object(
  {
    kind: Type.Union([
      Type.Literal('person'),
      Type.Literal('staff'),
      Type.Literal('operator'),
      Type.Literal('client'),
    ]),
    accountId: Type.String(),
    username: Type.String(),
    name: Type.String(),
    secondFactor: Type.Boolean({ description: '已启用动态验证码 · An authenticator is enrolled' }),
    grants: Type.Array(
      Type.Object({
        permission: Type.String(),
        agencyId: Nullable(Type.String()),
        regionCode: Nullable(Type.String()),
        venueId: Nullable(Type.String()),
      }),
    ),
    csrfToken: Nullable(
      Type.String({ description: '写操作须在 X-CSRF-Token 中回传 · Echo in X-CSRF-Token on writes' }),
    ),
    staff: Nullable(
      Type.Object({
        agencyId: Type.String(),
        venueId: Nullable(Type.String()),
        windowCode: Nullable(Type.String()),
      }),
    ),
    person: Nullable(Type.Object({ realNameLevel: Type.Integer({ minimum: 1, maximum: 2 }) })),
    actingFor: Nullable(Type.Object({ id: Type.String(), uscc: Type.String(), name: Type.String() })),
    enterprises: Type.Array(
      Type.Object({
        id: Type.String(),
        uscc: Type.String(),
        name: Type.String(),
        role: Type.Union([Type.Literal('legal-representative'), Type.Literal('agent')]),
      }),
    ),
  },
  { $id: 'Me' },
);

export const SessionsSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      createdAt: Type.String({ format: 'date-time' }),
      lastSeenAt: Type.String({ format: 'date-time' }),
      expiresAt: Type.String({ format: 'date-time' }),
      origin: Nullable(Type.String()),
      userAgent: Nullable(Type.String()),
      current: Type.Boolean(),
    }),
  ),
});

export const NoContent = { 204: Type.Null({ description: 'No content' }) };
