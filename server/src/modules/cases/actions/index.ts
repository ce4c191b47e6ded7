// Each action of the workflow and the handler that knows its rules.
import type { CaseAction } from '../case-workflow.ts';
import { accept, acceptAndConclude, refuse, requestCorrection } from './acceptance.ts';
import { approve, deliver, deny, revoke, verifyCommitment } from './decision.ts';
import { confirmReceipt, forward } from './forwarding.ts';
import {
  assign,
  endSpecialProcedure,
  extend,
  returnToReview,
  reviewPass,
  startSpecialProcedure,
} from './review.ts';
import { resubmit, submit, supplement, withdraw } from './submission.ts';
import { deemAccept, markOverdue, recomputeDeadline, terminate } from './system.ts';
import type { ActionHandler } from './types.ts';

export const ACTION_HANDLERS: Record<CaseAction, ActionHandler> = {
  submit,
  accept,
  'accept-and-conclude': acceptAndConclude,
  'request-correction': requestCorrection,
  resubmit,
  refuse,
  'deem-accept': deemAccept,
  supplement,
  terminate,
  assign,
  'review-pass': reviewPass,
  return: returnToReview,
  'start-special-procedure': startSpecialProcedure,
  'end-special-procedure': endSpecialProcedure,
  extend,
  approve,
  deny,
  deliver,
  withdraw,
  forward,
  'confirm-receipt': confirmReceipt,
  'verify-commitment': verifyCommitment,
  revoke,
  'recompute-deadline': recomputeDeadline,
  'mark-overdue': markOverdue,
};
