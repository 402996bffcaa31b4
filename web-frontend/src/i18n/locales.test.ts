import { describe, expect, it } from 'vitest';
import * as licensing from '@/api/generated/licensing';
import * as complaints from '@/api/generated/complaints';
import zhCN from './locales/zh-CN';
import en from './locales/en';

/** Every enum the specs define (`…Values` arrays generated from openapi/) and its message group. */
const groups: Record<string, readonly string[]> = {
  applicationType: licensing.applicationTypeValues,
  applicationState: licensing.applicationStateValues,
  documentType: licensing.documentTypeValues,
  caseKind: complaints.caseKindValues,
  caseState: complaints.caseStateValues,
  channel: complaints.channelValues,
  caseAction: complaints.caseActionValues,
  outcome: complaints.outcomeValues,
  changeSubject: licensing.changeSubjectValues,
  risk: licensing.riskValues,
  registryStatus: licensing.registryCheckStatusValues,
  refusalCheck: licensing.refusalCheckCodeValues,
  noticeKind: licensing.noticeKindValues,
  deliveryStatus: licensing.noticeDeliveryStatusValues,
  licenseStatus: licensing.licenseStatusValues,
};

describe('locale files', () => {
  it.each(Object.entries(groups))('label every %s value of the spec in both languages', (group, values) => {
    for (const messages of [zhCN, en]) {
      const labels = (messages.enums as Record<string, Record<string, string>>)[group] ?? {};
      const missing = values.filter((value) => !labels[value]);
      expect(missing, `${group} without a label`).toEqual([]);
    }
  });

  it('have the same keys in zh-CN and en', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });
});
