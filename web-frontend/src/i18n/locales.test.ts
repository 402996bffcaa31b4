import { describe, expect, it } from 'vitest';
import * as licensing from '@/api/generated/licensing';
import * as complaints from '@/api/generated/complaints';
import * as gateway from '@/api/generated/gateway';
import zhCN from './locales/zh-CN';
import en from './locales/en';

/**
 * The message group (under `enums.`) of every enum the specs define, by the name of its
 * generated `…Values` array. Enums of query parameters repeat a schema's values and share
 * its group.
 */
const GROUPS: Record<string, string> = {
  applicationTypeValues: 'applicationType',
  applicationStateValues: 'applicationState',
  documentTypeValues: 'documentType',
  changeSubjectValues: 'changeSubject',
  riskValues: 'risk',
  registryCheckStatusValues: 'registryStatus',
  refusalCheckCodeValues: 'refusalCheck',
  noticeKindValues: 'noticeKind',
  noticeDeliveryStatusValues: 'deliveryStatus',
  licenseStatusValues: 'licenseStatus',
  licenseCheckResultValues: 'licenseCheckResult',
  licenseCheckStatusValues: 'licenseStatus',
  licenseCheckMatchedByValues: 'licenseMatchedBy',
  decisionRequestOutcomeValues: 'decisionOutcome',
  calendarDayUpdateKindValues: 'calendarDayKind',
  calendarDayKindValues: 'calendarDayKind',
  sensitivePlaceKindValues: 'sensitivePlaceKind',
  barStateValues: 'barState',
  commitmentStatusValues: 'commitmentStatus',
  creditRecordKindValues: 'creditRecordKind',
  creditProfileGradeValues: 'creditGrade',
  creditEventKindValues: 'creditEventKind',
  creditRepairStatusValues: 'creditRepairStatus',
  pathsApiLicensingCreditRepairRequestsGetParametersQueryStatusValues: 'creditRepairStatus',
  postVerificationStatusValues: 'postVerificationStatus',
  pathsApiLicensingPostVerificationsGetParametersQueryStatusValues: 'postVerificationStatus',
  caseKindValues: 'caseKind',
  divisionLevelValues: 'divisionLevel',
  caseStateValues: 'caseState',
  channelValues: 'channel',
  caseActionValues: 'caseAction',
  outcomeValues: 'outcome',
  open311RequestStatusValues: 'open311Status',
  pathsApiComplaintsOpen311V2RequestsJsonGetParametersQueryStatusValues: 'open311Status',
  currentUserRolesValues: 'role',
  scopeItemValues: 'scopeItem',
  premisesKindValues: 'premisesKind',
  inspectionVisitKindValues: 'inspectionVisitKind',
  inspectionReasonValues: 'inspectionReason',
  inspectionVisitStateValues: 'inspectionVisitState',
  creditGradeValues: 'creditGrade',
  scanVerdictValues: 'scanVerdict',
  visitResultValues: 'visitResult',
  checkAnswerValues: 'checkAnswer',
  penaltyStateValues: 'penaltyState',
  rectificationStateValues: 'rectificationState',
  visitPhotoKindValues: 'visitPhotoKind',
  warningKindValues: 'warningKind',
  warningStateValues: 'warningState',
  uploadStateValues: 'uploadState',
  instantApprovalKindValues: 'instantApprovalKind',
};

const enums = Object.entries({ ...licensing, ...complaints, ...gateway })
  .filter(([name, values]) => name.endsWith('Values') && Array.isArray(values))
  .map(([name, values]) => [name, values as readonly string[]] as const);

/** The app's own sources (not tests, not generated code), as text. */
const sources = import.meta.glob<string>(['../**/*.vue', '../**/*.ts', '!../**/*.test.ts', '!../api/generated/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Every key of a message tree, as dotted paths. */
const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

type Feature = Record<string, object>;
/** The feature modules of a language by name (`common`, `credit`, …), without the index that merges them. */
const byFeature = (modules: Record<string, Feature>) =>
  Object.fromEntries(Object.entries(modules).map(([path, messages]) => [path.replace(/^.*\/(.+)\.ts$/, '$1'), messages]));
const zhFeatures = byFeature(
  import.meta.glob<Feature>(['./locales/zh-CN/*.ts', '!./locales/zh-CN/index.ts'], { import: 'default', eager: true }),
);
const enFeatures = byFeature(
  import.meta.glob<Feature>(['./locales/en/*.ts', '!./locales/en/index.ts'], { import: 'default', eager: true }),
);

describe('locale files', () => {
  it('know the message group of every enum the specs define', () => {
    expect(enums.length).toBeGreaterThan(20);
    expect(enums.map(([name]) => name).filter((name) => !GROUPS[name])).toEqual([]);
  });

  it.each(enums)('label every value of %s in both languages', (name, values) => {
    const group = GROUPS[name] ?? name;
    for (const messages of [zhCN, en]) {
      const labels = (messages.enums as Record<string, Record<string, string>>)[group] ?? {};
      const missing = values.filter((value) => !labels[value]);
      expect(missing, `enums.${group} without a label`).toEqual([]);
    }
  });

  it('have the same keys in zh-CN and en', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it('are split into the same feature modules in both languages, each with the same keys', () => {
    expect(Object.keys(zhFeatures).length).toBeGreaterThan(5);
    expect(Object.keys(enFeatures).sort()).toEqual(Object.keys(zhFeatures).sort());
    for (const [feature, messages] of Object.entries(zhFeatures)) {
      expect(keys(enFeatures[feature] ?? {}).sort(), `en/${feature}.ts`).toEqual(keys(messages).sort());
    }
  });

  it('give each top-level group to one feature module, and merge every module', () => {
    const groups = Object.values(zhFeatures).flatMap((messages) => Object.keys(messages));
    expect(new Set(groups).size).toBe(groups.length);
    expect(groups.sort()).toEqual(Object.keys(zhCN).sort());
    expect(Object.values(enFeatures).flatMap((messages) => Object.keys(messages)).sort()).toEqual(Object.keys(en).sort());
  });

  it('have every key the code asks for with a literal', () => {
    const lookup = (path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], zhCN);
    const used = Object.values(sources).flatMap((text) =>
      [...text.matchAll(/\bt\('([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)'/g)].map((m) => m[1] ?? ''),
    );
    expect(used.length).toBeGreaterThan(100);
    expect([...new Set(used)].filter((key) => typeof lookup(key) !== 'string')).toEqual([]);
  });
});
