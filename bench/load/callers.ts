// Everyone the load signs in as, made as sessions in the bench database (see sessions.ts), and
// the inputs of the in-process EXPLAIN runs.
import type { CapturingDb } from './capture.ts';
import type { Dataset } from './dataset.ts';
import { monthsAgo, type Callers } from './endpoints.ts';
import type { InProcessInputs } from './inprocess.ts';
import { sessionsFor, staffSession } from './sessions.ts';
import { prepareSubmitters } from './submission.ts';

export interface CallerOptions {
  queueStaff: string;
  queueView: 'venue' | 'agency';
  statsStaff: string;
  submit: boolean;
}

const OPERATOR = { authorization: 'Bearer dev-insecure-admin-token' };

export async function makeCallers(
  cdb: CapturingDb,
  base: string,
  data: Dataset,
  opts: CallerOptions,
  notes: string[],
): Promise<{ callers: Callers; inputs: Omit<InProcessInputs, 'dataDir'> }> {
  const heavy = [...(await sessionsFor(cdb.db, data.heavyApplicants)).values()];
  const owners = await sessionsFor(
    cdb.db,
    data.ownedCases.map((c) => c.owner),
  );
  const owned = data.ownedCases.map((c) => ({ id: c.id, caller: owners.get(c.owner)! }));
  const queueCaller = await staffSession(cdb.db, opts.queueStaff);
  const statsCaller = await staffSession(cdb.db, opts.statsStaff);
  let stats: Record<string, string> = statsCaller?.headers ?? OPERATOR;
  const probe = await fetch(
    `${base}/api/v1/stats/overview?from=${monthsAgo(0)}&to=${monthsAgo(0)}&by=agency`,
    { headers: stats },
  );
  if (!probe.ok) {
    notes.push(
      `statistics: a session of ${opts.statsStaff} got HTTP ${probe.status}; the operator token was used instead`,
    );
    stats = OPERATOR;
  } else if (!statsCaller)
    notes.push(`statistics: no account ${opts.statsStaff}; the operator token was used`);
  else
    notes.push(`statistics as ${opts.statsStaff} (a session made with the second factor marked satisfied)`);

  let submitters: Callers['submitters'] = [];
  if (opts.submit && data.submitCode) {
    const citizens = [...(await sessionsFor(cdb.db, data.submitters)).values()];
    const r = await prepareSubmitters(base, citizens, data.submitCode);
    submitters = r.submitters;
    notes.push(
      `submission: 居住证申领 ${data.submitCode} as ${submitters.length} citizens (photo and lease uploaded once each, form from their pre-fill)`,
    );
    if (r.refused.length)
      notes.push(
        `submission: ${r.refused.length} citizens could not submit, e.g. ${r.refused.slice(0, 2).join(' | ')}`,
      );
  } else if (opts.submit) notes.push('submission: no 居住证申领 implementation of hx-gafj in the database');

  return {
    callers: {
      submitters,
      heavy,
      owned,
      queue: queueCaller && { caller: queueCaller, view: opts.queueView },
      stats,
    },
    inputs: {
      guideCodes: data.guideCodes,
      heavy: data.heavyApplicants,
      owned: data.ownedCases,
      submitter: submitters[0]
        ? { accountId: submitters[0].caller.accountId, body: submitters[0].body }
        : null,
      queue: queueCaller && { accountId: queueCaller.accountId, view: opts.queueView },
      statsAccount: statsCaller?.accountId ?? null,
    },
  };
}
