import { describe, expect, it } from 'vitest';
import { findingsProblems, suggestedResult, type FindingsDraft } from './visitFindings';

const checklist = [
  { code: 'LICENSE_DISPLAYED', label: '许可证悬挂' },
  { code: 'NO_SALES_TO_MINORS', label: '不向未成年人售烟' },
];
const complete: FindingsDraft = {
  answers: { LICENSE_DISPLAYED: 'PASS', NO_SALES_TO_MINORS: 'NA' },
  result: 'PASSED',
  located: true,
  signed: true,
  refused: false,
  refusalReason: '',
};

describe('visit findings rules', () => {
  it('suggests a result from the answers and the scanned verdict', () => {
    expect(suggestedResult({ A: 'PASS' }, 'VALID')).toBe('PASSED');
    expect(suggestedResult({ A: 'PASS', B: 'FAIL' }, 'VALID')).toBe('VIOLATION');
    expect(suggestedResult({ A: 'PASS' }, 'REVOKED')).toBe('NOT_LICENSED');
    expect(suggestedResult({ A: 'PASS' }, undefined)).toBe('PASSED');
    expect(suggestedResult({ A: 'FAIL' }, undefined, false)).toBe('NOT_LICENSED');
  });

  it('lets a complete, signed visit through', () => {
    expect(findingsProblems(complete, checklist, 'VALID')).toEqual([]);
  });

  it('asks for every answer, a location and a signature or the reason of a refusal', () => {
    expect(findingsProblems({ ...complete, answers: { LICENSE_DISPLAYED: 'PASS' }, located: false, signed: false }, checklist)).toEqual([
      'answerAll', 'locationRequired', 'signatureRequired',
    ]);
    expect(findingsProblems({ ...complete, signed: false, refused: true, refusalReason: ' ' }, checklist)).toEqual(['refusalReasonRequired']);
    expect(findingsProblems({ ...complete, signed: false, refused: true, refusalReason: '经营者不在店' }, checklist)).toEqual([]);
  });

  it('needs neither answers nor a signature for a shop found closed, but still the location', () => {
    expect(findingsProblems({ ...complete, result: 'SHOP_CLOSED', answers: {}, signed: false }, checklist)).toEqual([]);
    expect(findingsProblems({ ...complete, result: 'SHOP_CLOSED', answers: {}, located: false }, checklist)).toEqual(['locationRequired']);
  });

  it('refuses a pass with a failed item or an invalid license, and a violation without a failed item', () => {
    expect(findingsProblems({ ...complete, answers: { LICENSE_DISPLAYED: 'FAIL', NO_SALES_TO_MINORS: 'PASS' } }, checklist)).toEqual(['passedWithFail']);
    expect(findingsProblems(complete, checklist, 'FORGED')).toEqual(['passedInvalid']);
    expect(findingsProblems({ ...complete, result: 'VIOLATION' }, checklist)).toEqual(['violationWithoutFail']);
    expect(findingsProblems({ ...complete, result: undefined }, checklist)).toEqual(['chooseResult']);
  });

  it('asks for every answer only of a pass or a violation, and keeps unlicensed selling apart from a violation', () => {
    const failed = { LICENSE_DISPLAYED: 'FAIL' as const, NO_SALES_TO_MINORS: 'PASS' as const };
    expect(findingsProblems({ ...complete, result: 'NOT_LICENSED', answers: {} }, checklist, 'REVOKED')).toEqual([]);
    expect(findingsProblems({ ...complete, result: 'NOT_LICENSED', answers: {} }, checklist, 'VALID')).toEqual(['notLicensedValid']);
    expect(findingsProblems({ ...complete, result: 'VIOLATION', answers: failed }, checklist, 'FORGED')).toEqual(['violationUnlicensed']);
    expect(findingsProblems({ ...complete, result: 'VIOLATION', answers: failed }, checklist, undefined, false)).toEqual(['violationUnlicensed']);
    expect(findingsProblems({ ...complete, result: 'VIOLATION', answers: failed }, checklist, 'EXPIRED')).toEqual([]);
  });
});
