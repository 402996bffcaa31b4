import type { components, operations, paths } from './generated/complaints';
import { call, complaintsApi } from './clients';
import { CREATE_POLICY, UPLOAD_POLICY, withRetry } from './retry';
import { upload } from './upload';

export {
  caseActionValues,
  caseKindValues,
  caseStateValues,
  channelValues,
  outcomeValues,
} from './generated/complaints';

type Schemas = components['schemas'];
export type NewReport = Schemas['NewReport'];
export type FiledReport = Schemas['FiledReport'];
export type TrackedReport = Schemas['TrackedReport'];
export type CaseKind = Schemas['CaseKind'];
export type CaseState = Schemas['CaseState'];
export type CasePage = Schemas['CasePage'];
export type CaseSummary = Schemas['CaseSummary'];
export type ListCasesQuery = NonNullable<operations['listCases']['parameters']['query']>;
export type PageQuery = NonNullable<operations['handlerQueue']['parameters']['query']>;
export type Evaluation = Schemas['Evaluation'];
export type NewCall = Schemas['NewCall'];
export type CaseDetail = Schemas['CaseDetail'];
export type CaseAction = Schemas['CaseAction'];
export type CaseActionRequest = Schemas['CaseActionRequest'];
export type Outcome = Schemas['Outcome'];
export type ReporterContact = Schemas['ReporterContact'];
export type AuditVerification = Schemas['AuditVerification'];
export type ApiCategory = Schemas['Category'];
export type ApiDivision = Schemas['Division'];
export type Statistics = Schemas['Statistics'];
export type StatisticsQuery = operations['statistics']['parameters']['query'];

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
  const { signal: cancel, ...progress } = options;
  return withRetry(
    (signal) => upload<FiledReport>({ url: path, body, headers: { 'Idempotency-Key': idempotencyKey }, ...progress, signal }),
    photo ? UPLOAD_POLICY : CREATE_POLICY,
    cancel,
  );
}

export function trackReport(trackingCode: string): Promise<TrackedReport> {
  return call(
    complaintsApi.GET('/api/complaints/public/reports/{trackingCode}', { params: { path: { trackingCode } } }),
  );
}

/** The complainant's evaluation of the answer (anonymous: the tracking code is the credential). */
export function evaluateReport(trackingCode: string, evaluation: Evaluation): Promise<TrackedReport> {
  return call(
    complaintsApi.POST('/api/complaints/public/reports/{trackingCode}/evaluation', {
      params: { path: { trackingCode } },
      body: evaluation,
    }),
  );
}

export function listCases(query: ListCasesQuery = {}): Promise<CasePage> {
  return call(complaintsApi.GET('/api/complaints/cases', { params: { query } }));
}

/** A hotline agent logs a call; the answer has the tracking code to read out. */
export function logCall(newCall: NewCall, idempotencyKey: string): Promise<FiledReport> {
  return withRetry((signal) =>
    call(
      complaintsApi.POST('/api/complaints/cases', {
        params: { header: { 'Idempotency-Key': idempotencyKey } },
        body: newCall,
        signal,
      }),
    ),
  );
}

export function getCase(caseId: string): Promise<CaseDetail> {
  return call(complaintsApi.GET('/api/complaints/cases/{caseId}', { params: { path: { caseId } } }));
}

export function actOnCase(caseId: string, request: CaseActionRequest): Promise<CaseDetail> {
  return call(
    complaintsApi.POST('/api/complaints/cases/{caseId}/actions', { params: { path: { caseId } }, body: request }),
  );
}

/** The reporter's contact in clear: needs the reporter-data permission, and is audited. */
export function revealReporter(caseId: string): Promise<ReporterContact> {
  return call(complaintsApi.GET('/api/complaints/cases/{caseId}/reporter', { params: { path: { caseId } } }));
}

export function verifyCaseAudit(caseId: string): Promise<AuditVerification> {
  return call(complaintsApi.GET('/api/complaints/cases/{caseId}/audit', { params: { path: { caseId } } }));
}

/** The district bureau's queue: URGENT first, then by answer deadline. */
export function handlerQueue(query: PageQuery = {}): Promise<CasePage> {
  return call(complaintsApi.GET('/api/complaints/queue', { params: { query } }));
}

export function supervisionAlerts(query: PageQuery = {}): Promise<CasePage> {
  return call(complaintsApi.GET('/api/complaints/supervision/alerts', { params: { query } }));
}

export const TRACKING_CODE_PATTERN = /^[A-Za-z0-9]{16,64}$/;


/** The category tree, parents before children (anyone). */
export function listCategories(): Promise<ApiCategory[]> {
  return call(complaintsApi.GET('/api/complaints/categories'));
}

/** The divisions tree (province, cities, counties) by name, parents before children (anyone, cacheable). */
export function listDivisions(): Promise<ApiDivision[]> {
  return call(complaintsApi.GET('/api/complaints/public/divisions'));
}

/** An evidence file as staff see it (EXIF location removed from photos). */
export function downloadAttachment(caseId: string, attachmentId: string): Promise<Blob> {
  return call(
    complaintsApi.GET('/api/complaints/cases/{caseId}/attachments/{attachmentId}', {
      params: { path: { caseId, attachmentId } },
      parseAs: 'blob',
    }),
  );
}

/** A signed-in citizen's own reports, newest first. */
export function myReports(query: PageQuery = {}): Promise<CasePage> {
  return call(complaintsApi.GET('/api/complaints/my/reports', { params: { query } }));
}

export function statistics(query: StatisticsQuery): Promise<Statistics> {
  return call(complaintsApi.GET('/api/complaints/statistics', { params: { query } }));
}

export type DuplicateQuery = operations['duplicateCandidates']['parameters']['query'];

/**
 * The earlier cases of the number now calling (agent console). The number goes in the body,
 * never in a URL.
 */
export function callerHistory(callerNumber: string, query: PageQuery = {}, signal?: AbortSignal): Promise<CasePage> {
  return call(
    complaintsApi.POST('/api/complaints/caller-history', { params: { query }, body: { callerNumber }, signal }),
  );
}

/** Open cases a new case with these facts would be linked to (the duplicate hint). */
export function duplicateCandidates(query: DuplicateQuery, signal?: AbortSignal): Promise<CasePage> {
  return call(complaintsApi.GET('/api/complaints/duplicate-candidates', { params: { query }, signal }));
}
