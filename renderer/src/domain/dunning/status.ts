/**
 * Where each client stands, for the board view (columns pre-reminder … formal notice,
 * court file) and the client page.
 */
import type { StepKind } from '../model';
import type { DunningEvaluation } from './evaluate';
import type { ScenarioPlan } from './plan';
import { strongerPause } from './pauses';
import { BOARD_COLUMNS, type BoardColumn, type ClientDunningStatus } from './types';

const RANK = new Map<BoardColumn, number>(BOARD_COLUMNS.map((c, i) => [c, i] as const));

function isColumn(kind: StepKind): kind is Exclude<BoardColumn, 'none'> {
  return RANK.has(kind as BoardColumn);
}

/**
 * The board column of a step. Calls and tasks have no column of their own: before the
 * due date a call is a pre-reminder; after it, it stands with the furthest letter before
 * it, and at least with the reminders (a call after the due date is a reminder by phone).
 */
export function boardColumn(plan: ScenarioPlan, index: number): BoardColumn {
  const step = plan.steps[index];
  if (step === undefined) return 'none';
  if (isColumn(step.kind)) return step.kind;
  if (step.offsetDays < 0) return 'pre-reminder';
  let column: BoardColumn = 'reminder';
  for (let i = index - 1; i >= 0; i--) {
    const kind = plan.steps[i]!.kind;
    if (isColumn(kind)) {
      if (RANK.get(kind)! > RANK.get(column)!) column = kind;
      break;
    }
  }
  return column;
}

export function clientStatusFrom(evaluation: DunningEvaluation): Map<string, ClientDunningStatus> {
  const out = new Map<string, ClientDunningStatus>();
  const doneIndex = new Map<string, number>();
  const nextOn = new Map<string, string>();
  for (const e of evaluation.invoices) {
    const clientId = e.invoice.clientId;
    let s = out.get(clientId);
    if (s === undefined) {
      s = {
        clientId,
        scenarioId: e.plan.scenario.id,
        stage: 'none',
        column: 'none',
        nextStep: null,
        nextDate: null,
        pausedReason: null,
        pausedInvoiceCount: 0,
        amountDue: 0,
        overdueAmount: 0,
        oldestDaysLate: e.daysLate,
        openInvoiceCount: 0,
        lastActionDate: evaluation.lastDoneByClient.get(clientId) ?? null,
      };
      out.set(clientId, s);
      doneIndex.set(clientId, -1);
    }
    s.amountDue += e.balance;
    if (e.daysLate > 0) s.overdueAmount += e.balance;
    if (e.daysLate > s.oldestDaysLate) s.oldestDaysLate = e.daysLate;
    s.openInvoiceCount += 1;
    if (e.doneIndex > doneIndex.get(clientId)!) {
      doneIndex.set(clientId, e.doneIndex);
      s.stage = e.plan.steps[e.doneIndex]!.kind;
      s.column = boardColumn(e.plan, e.doneIndex);
    }
    if (e.pausedBy !== null) {
      s.pausedInvoiceCount += 1;
      // Remembered per client for now; kept only if every open invoice turns out paused.
      s.pausedReason = strongerPause(s.pausedReason, e.pausedBy);
      continue;
    }
    const next = e.next;
    if (next === null) continue;
    const current = nextOn.get(clientId);
    if (current === undefined || next.actionableOn < current) {
      nextOn.set(clientId, next.actionableOn);
      s.nextStep = next.step;
      s.nextDate = next.actionableOn;
    }
  }
  for (const s of out.values()) if (s.pausedInvoiceCount < s.openInvoiceCount) s.pausedReason = null;
  return out;
}
