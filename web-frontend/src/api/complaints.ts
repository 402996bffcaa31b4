import type { components, operations, paths } from './generated/complaints';
import { call, complaintsApi } from './clients';
import { upload } from './upload';

export { caseKindValues, caseStateValues, channelValues } from './generated/complaints';

type Schemas = components['schemas'];
export type NewReport = Schemas['NewReport'];
export type FiledReport = Schemas['FiledReport'];
export type TrackedReport = Schemas['TrackedReport'];
export type CaseKind = Schemas['CaseKind'];
export type CaseState = Schemas['CaseState'];
export type CasePage = Schemas['CasePage'];
export type CaseSummary = Schemas['CaseSummary'];
export type ListCasesQuery = NonNullable<operations['listCases']['parameters']['query']>;

/**
 * Files a report: multipart with the JSON part `report` and an optional `photo`, sent with
 * XMLHttpRequest for upload progress. The same Idempotency-Key for a retry of the same
 * submission returns the first answer instead of filing twice.
 */
export function fileReport(
  report: NewReport,
  photo: File | undefined,
  idempotencyKey: string,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<FiledReport> {
  const body = new FormData();
  body.append('report', new Blob([JSON.stringify(report)], { type: 'application/json' }), 'report.json');
  if (photo) body.append('photo', photo, photo.name);
  const path: keyof paths = '/api/complaints/public/reports';
  return upload<FiledReport>({ url: path, body, headers: { 'Idempotency-Key': idempotencyKey }, ...options });
}

export function trackReport(trackingCode: string): Promise<TrackedReport> {
  return call(
    complaintsApi.GET('/api/complaints/public/reports/{trackingCode}', { params: { path: { trackingCode } } }),
  );
}

export function listCases(query: ListCasesQuery = {}): Promise<CasePage> {
  return call(complaintsApi.GET('/api/complaints/cases', { params: { query } }));
}

export const TRACKING_CODE_PATTERN = /^[A-Za-z0-9]{16,64}$/;

