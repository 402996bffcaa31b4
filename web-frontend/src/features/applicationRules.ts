import type { FieldRule } from 'vant';
import { isCreditCode } from '@/validation/creditCode';
import { isResidentId } from '@/validation/residentId';
import { isDivisionCode, isMobileNumber } from '@/validation/places';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * The checks the licensing service makes on a draft (ApplicantChecks), as Vant field rules:
 * an empty field is fine in a draft, a filled one must be well-formed.
 */
export function applicationRules(t: Translate) {
  const optional = (check: (v: string) => boolean, message: string): FieldRule => ({
    validator: (value: string) => !value || check(value) || message,
  });
  // a code of the wrong length is said so, not as a wrong check character
  const length = (n: number, message: string): FieldRule => ({
    validator: (value: string) => !value || value.length === n || message,
  });
  return {
    creditCode: [
      length(18, t('application.validation.creditCodeLength')),
      optional(isCreditCode, t('application.validation.creditCode')),
    ],
    operatorIdNumber: [
      length(18, t('application.validation.idNumberLength')),
      optional((v) => isResidentId(v), t('application.validation.idNumber')),
    ],
    mobile: [optional(isMobileNumber, t('application.validation.mobile'))],
    divisionCode: [optional(isDivisionCode, t('application.validation.divisionCode'))],
    licenseNo: [
      { required: true, message: t('application.validation.licenseNo') },
      optional((v) => /^\d{15}$/.test(v), t('application.validation.licenseNo')),
    ],
  };
}

/** A suspension's period: the end after the start, at most one year (办法: 停业不超过一年). */
export function suspensionProblem(from: string, until: string): 'suspendOrder' | 'suspendYear' | undefined {
  if (!from || !until) return undefined;
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${until}T00:00:00Z`);
  if (!(end > start)) return 'suspendOrder';
  const limit = new Date(start);
  limit.setUTCFullYear(limit.getUTCFullYear() + 1);
  return end > limit ? 'suspendYear' : undefined;
}
