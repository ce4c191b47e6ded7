// The contract between the action dispatcher (actions.service.ts) and one action's handler. The
// dispatcher has already locked the case, checked the workflow, the caller's right and the seq;
// a handler checks the action's own rules and says what it changes. The dispatcher then writes
// the action row, the case projection, the due dates, the audit row, the documents, the notice
// to the applicant and the events — so every action is recorded the same way.
import type { Principal } from '../../../platform/access/principal.ts';
import type { AuditActor } from '../../../platform/audit/record.ts';
import type { WorkingCalendar } from '../../../platform/calendar/working-days.ts';
import type { Db } from '../../../platform/db/database.ts';
import type { EventInput } from '../../../platform/outbox/publish.ts';
import type { FileStorage } from '../../../platform/storage/file-storage.ts';
import type { CaseAction } from '../case-workflow.ts';
import type { CaseState } from '../case-state.ts';
import type { CaseActionBody } from '../cases.schemas.ts';
import type { ActorKind, Channel, DocumentKind } from '../codes.ts';
import type { DocumentFacts } from '../documents/templates.ts';
import type { PinnedVersion } from '../pinned-version.ts';
import type { ServiceCaseRow } from '../schema.ts';

/** Who is acting, as recorded on the action row. */
export interface ActingParty {
  principal: Principal | null;
  accountId: string | null;
  actorKind: ActorKind;
  name: string;
  channel: Channel | null;
  /** The staff member's venue (window actions), if any. */
  venueId: string | null;
  windowCode: string | null;
  audit: AuditActor;
}

export interface ActionContext {
  tx: Db;
  storage: FileStorage;
  row: ServiceCaseRow;
  version: PinnedVersion;
  /** The state folded from the action log before this action. */
  state: CaseState;
  body: CaseActionBody;
  today: string;
  calendar: WorkingCalendar;
  party: ActingParty;
}

export interface DocumentRequest {
  kind: DocumentKind;
  /** The facts the template prints (reasons, items, dates…). */
  facts: DocumentFacts;
}

export interface ActionOutcome {
  /** Stored on the action row; case-state.ts reads some keys (missingMaterials, materialKeys, workingDays). */
  detail?: Record<string, unknown>;
  opinion?: string | null;
  /** Columns of service_case to change besides status and seq (the dispatcher adds due dates). */
  patch?: Partial<Omit<ServiceCaseRow, 'id' | 'status' | 'seq'>>;
  /** Rows of the case's other tables (special procedures, verifications…), written in the transaction. */
  write?: (tx: Db) => Promise<void>;
  documents?: DocumentRequest[];
  /** What the applicant is told (site message; SMS when they have a phone). */
  notice?: { title: string; body: string };
  events?: EventInput[];
  /** An action the system takes at once after this one (a failed verification revokes). */
  then?: { action: CaseAction; body?: Partial<CaseActionBody> };
}

export type ActionHandler = (a: ActionContext) => Promise<ActionOutcome> | ActionOutcome;
