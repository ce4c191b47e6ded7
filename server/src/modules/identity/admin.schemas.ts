// Schema pieces shared by the administration routes (staff, API clients).
import { Type } from 'typebox';

export const tags = ['identity'];
export const security = [{ bearer: [] }];
export const config = { permission: 'users.admin' as const };
export const Code = Type.String({ minLength: 1, maxLength: 64 });
export const RegionCode = Type.String({ pattern: '^\\d{6}(\\d{3}){0,2}$' });
export const nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
