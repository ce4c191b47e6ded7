// CONTRACT STUB — replaced by the implementation.
import type { EventHandlers } from '../../platform/outbox/handlers.ts';
import type { LicenseDeps } from './deps.ts';

export function licenseHandlers(_handlers: EventHandlers, _deps: LicenseDeps): void {}
