import type { CheckAnswer, ChecklistItem, ScanVerdict, VisitResult } from '@/api/supervision';

/** The inspector's form before it is sent (the rules mirror `recordInspectionVisit`). */
export interface FindingsDraft {
  answers: Record<string, CheckAnswer | undefined>;
  result?: VisitResult;
  located: boolean;
  signed: boolean;
  refused: boolean;
  refusalReason: string;
}

/** The result the answers point to: any FAIL is a violation; a code that is not a valid license is unlicensed selling. */
export function suggestedResult(answers: FindingsDraft['answers'], verdict: ScanVerdict | undefined): VisitResult {
  if (verdict && verdict !== 'VALID') return 'NOT_LICENSED';
  if (Object.values(answers).includes('FAIL')) return 'VIOLATION';
  return 'PASSED';
}

/**
 * What still stops the findings from being sent, as message keys (under `inspection.record.`):
 * every item answered, a location, a signature or a reason for the refusal (not for a closed
 * shop), and no PASSED with a FAIL answer or a scanned code that is not VALID.
 */
export function findingsProblems(draft: FindingsDraft, checklist: readonly ChecklistItem[], verdict?: ScanVerdict): string[] {
  const problems: string[] = [];
  if (!draft.result) problems.push('chooseResult');
  if (draft.result !== 'SHOP_CLOSED' && checklist.some((item) => !draft.answers[item.code])) problems.push('answerAll');
  if (!draft.located) problems.push('locationRequired');
  if (draft.result && draft.result !== 'SHOP_CLOSED') {
    if (draft.refused && !draft.refusalReason.trim()) problems.push('refusalReasonRequired');
    if (!draft.refused && !draft.signed) problems.push('signatureRequired');
  }
  if (draft.result === 'PASSED' && Object.values(draft.answers).includes('FAIL')) problems.push('passedWithFail');
  if (draft.result === 'PASSED' && verdict && verdict !== 'VALID') problems.push('passedInvalid');
  if (draft.result === 'VIOLATION' && !Object.values(draft.answers).includes('FAIL')) problems.push('violationWithoutFail');
  return problems;
}
