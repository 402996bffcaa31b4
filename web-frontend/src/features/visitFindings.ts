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
export function suggestedResult(answers: FindingsDraft['answers'], verdict: ScanVerdict | undefined, licensed = true): VisitResult {
  if (!licensed || (verdict && verdict !== 'VALID')) return 'NOT_LICENSED';
  if (Object.values(answers).includes('FAIL')) return 'VIOLATION';
  return 'PASSED';
}

/**
 * What still stops the findings from being sent, as message keys (under `inspection.record.`),
 * the service's rules (`FindingRules`): every item answered for a pass or a violation, a
 * location, a signature or a reason for the refusal (not for a closed shop); no pass with a
 * FAIL or with a code that is not VALID; a violation needs a FAIL and a license of the
 * register (`licensed`), otherwise it is unlicensed selling, which a VALID code rules out.
 */
export function findingsProblems(
  draft: FindingsDraft,
  checklist: readonly ChecklistItem[],
  verdict?: ScanVerdict,
  licensed = true,
): string[] {
  const problems: string[] = [];
  const anyFail = Object.values(draft.answers).includes('FAIL');
  if (!draft.result) problems.push('chooseResult');
  const fullChecklist = draft.result === 'PASSED' || draft.result === 'VIOLATION';
  if (fullChecklist && checklist.some((item) => !draft.answers[item.code])) problems.push('answerAll');
  if (!draft.located) problems.push('locationRequired');
  if (draft.result && draft.result !== 'SHOP_CLOSED') {
    if (draft.refused && !draft.refusalReason.trim()) problems.push('refusalReasonRequired');
    if (!draft.refused && !draft.signed) problems.push('signatureRequired');
  }
  if (draft.result === 'PASSED' && anyFail) problems.push('passedWithFail');
  if (draft.result === 'PASSED' && verdict && verdict !== 'VALID') problems.push('passedInvalid');
  if (draft.result === 'VIOLATION' && !anyFail) problems.push('violationWithoutFail');
  if (draft.result === 'VIOLATION' && anyFail && (!licensed || verdict === 'UNKNOWN' || verdict === 'FORGED')) {
    problems.push('violationUnlicensed');
  }
  if (draft.result === 'NOT_LICENSED' && verdict === 'VALID') problems.push('notLicensedValid');
  return problems;
}
