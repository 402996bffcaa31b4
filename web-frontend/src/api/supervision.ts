import type { components, operations, paths } from './generated/licensing';
import { call, licensingApi } from './clients';
import { newIdempotencyKey } from './http';
import { UPLOAD_POLICY, withRetry } from './retry';
import { fillPath, upload } from './upload';

export {
  checkAnswerValues,
  inspectionVisitKindValues,
  inspectionVisitStateValues,
  penaltyStateValues,
  rectificationStateValues,
  scanVerdictValues,
  visitResultValues,
  warningKindValues,
  warningStateValues,
} from './generated/licensing';

type Schemas = components['schemas'];
export type SupervisionSettings = Schemas['SupervisionSettings'];
export type InspectionPlan = Schemas['InspectionPlan'];
export type InspectionPlanRequest = Schemas['InspectionPlanRequest'];
export type InspectionVisit = Schemas['InspectionVisit'];
export type InspectionVisitPage = Schemas['InspectionVisitPage'];
export type InspectionVisitDetail = Schemas['InspectionVisitDetail'];
export type VisitQuery = NonNullable<operations['listInspectionVisits']['parameters']['query']>;
export type ScanResult = Schemas['ScanResult'];
export type ScanVerdict = Schemas['ScanVerdict'];
export type ChecklistItem = Schemas['ChecklistItem'];
export type CheckAnswer = Schemas['CheckAnswer'];
export type VisitFindings = Schemas['VisitFindings'];
export type VisitResult = Schemas['VisitResult'];
export type VisitPhoto = Schemas['VisitPhoto'];
export type VisitPhotoKind = Schemas['VisitPhotoKind'];
export type GeoLocation = Schemas['GeoLocation'];
export type UnplannedVisitRequest = Schemas['UnplannedVisitRequest'];
export type Rectification = Schemas['Rectification'];
export type RectificationPage = Schemas['RectificationPage'];
export type RectificationState = Schemas['RectificationState'];
export type SupervisionWarning = Schemas['SupervisionWarning'];
export type SupervisionWarningPage = Schemas['SupervisionWarningPage'];
export type WarningQuery = NonNullable<operations['listSupervisionWarnings']['parameters']['query']>;
export type WarningVisitRequest = Schemas['WarningVisitRequest'];
export type SupervisionStatistics = Schemas['SupervisionStatistics'];
export type RandomCheckResultPage = Schemas['RandomCheckResultPage'];
export type InspectionHistoryPage = Schemas['InspectionHistoryPage'];
export type InspectionHistoryItem = Schemas['InspectionHistoryItem'];

/** A district's random-check share and its roster of inspectors (SUPERVISOR, ADMIN). */
export function getSupervisionSettings(jurisdiction: string): Promise<SupervisionSettings> {
  return call(
    licensingApi.GET('/api/licensing/supervision/settings/{jurisdiction}', { params: { path: { jurisdiction } } }),
  );
}

/** SUPERVISOR: the month's plan of a district (409 when it exists). */
export function generateInspectionPlan(request: InspectionPlanRequest): Promise<InspectionPlan> {
  return call(licensingApi.POST('/api/licensing/supervision/plans', { body: request }));
}

export function getInspectionPlan(planId: string): Promise<InspectionPlan> {
  return call(licensingApi.GET('/api/licensing/supervision/plans/{planId}', { params: { path: { planId } } }));
}

/** SUPERVISOR: publishes the plan's random-check results recorded so far (公示), once. */
export function publishRandomChecks(planId: string): Promise<InspectionPlan> {
  return call(
    licensingApi.POST('/api/licensing/supervision/plans/{planId}/publication', { params: { path: { planId } } }),
  );
}

/** Visits of the caller's subtree (an INSPECTOR: their own), keyset-paged with the true total. */
export function listInspectionVisits(query: VisitQuery = {}): Promise<InspectionVisitPage> {
  return call(licensingApi.GET('/api/licensing/supervision/visits', { params: { query } }));
}

export function getInspectionVisit(visitId: string): Promise<InspectionVisitDetail> {
  return call(licensingApi.GET('/api/licensing/supervision/visits/{visitId}', { params: { path: { visitId } } }));
}

export function reassignInspectionVisit(visitId: string, inspector: string, reason: string): Promise<InspectionVisit> {
  return call(
    licensingApi.POST('/api/licensing/supervision/visits/{visitId}/reassignment', {
      params: { path: { visitId } },
      body: { inspector, reason },
    }),
  );
}

/** 码上查烟: what a scanned QR payload or a typed number is, and what the visit needs. A read. */
export function scanLicense(code: string, signal?: AbortSignal): Promise<ScanResult> {
  return call(licensingApi.GET('/api/licensing/supervision/scan', { params: { query: { code } }, signal }));
}

/** INSPECTOR: a visit of a shop met in the field (by the scanned code, or the address of a shop without one). */
export function startUnplannedVisit(
  request: UnplannedVisitRequest,
  idempotencyKey = newIdempotencyKey(),
): Promise<InspectionVisit> {
  return withRetry((signal) =>
    call(
      licensingApi.POST('/api/licensing/supervision/visits', {
        params: { header: { 'Idempotency-Key': idempotencyKey } },
        body: request,
        signal,
      }),
    ),
  );
}

/** A photo or the operator's signature (PNG), with upload progress; retried with the same key. */
export function uploadVisitPhoto(
  visitId: string,
  kind: VisitPhotoKind,
  file: Blob,
  fileName: string,
  options: { onProgress?: (fraction: number) => void; idempotencyKey?: string } = {},
): Promise<VisitPhoto> {
  const { idempotencyKey = newIdempotencyKey(), onProgress } = options;
  const body = new FormData();
  body.append('kind', kind);
  body.append('file', file, fileName);
  const path: keyof paths = '/api/licensing/supervision/visits/{visitId}/photos';
  return withRetry(
    (signal) =>
      upload<VisitPhoto>({
        url: fillPath(path, { visitId }),
        body,
        headers: { 'Idempotency-Key': idempotencyKey },
        onProgress,
        signal,
      }),
    UPLOAD_POLICY,
  );
}

/** The stored (metadata-free) bytes of a visit's photo or signature. */
export function downloadVisitPhoto(visitId: string, photoId: string): Promise<Blob> {
  return call(
    licensingApi.GET('/api/licensing/supervision/visits/{visitId}/photos/{photoId}', {
      params: { path: { visitId, photoId } },
      parseAs: 'blob',
    }),
  );
}

/** INSPECTOR: the visit's findings, once. */
export function recordInspectionVisit(
  visitId: string,
  findings: VisitFindings,
  idempotencyKey = newIdempotencyKey(),
): Promise<InspectionVisitDetail> {
  return withRetry((signal) =>
    call(
      licensingApi.POST('/api/licensing/supervision/visits/{visitId}/record', {
        params: { path: { visitId }, header: { 'Idempotency-Key': idempotencyKey } },
        body: findings,
        signal,
      }),
    ),
  );
}

/** APPROVER: confirms (a PENALTY credit record) or dismisses a violation's penalty, with a reason. */
export function decideVisitPenalty(visitId: string, confirmed: boolean, reason: string): Promise<InspectionVisitDetail> {
  return call(
    licensingApi.POST('/api/licensing/supervision/visits/{visitId}/penalty', {
      params: { path: { visitId } },
      body: { confirmed, reason },
    }),
  );
}

export function listRectifications(
  query: NonNullable<operations['listRectifications']['parameters']['query']> = {},
): Promise<RectificationPage> {
  return call(licensingApi.GET('/api/licensing/supervision/rectifications', { params: { query } }));
}

export function listSupervisionWarnings(query: WarningQuery = {}): Promise<SupervisionWarningPage> {
  return call(licensingApi.GET('/api/licensing/supervision/warnings', { params: { query } }));
}

export function closeSupervisionWarning(warningId: string, reason: string): Promise<SupervisionWarning> {
  return call(
    licensingApi.POST('/api/licensing/supervision/warnings/{warningId}/closure', {
      params: { path: { warningId } },
      body: { reason },
    }),
  );
}

export function planWarningVisit(
  warningId: string,
  request: WarningVisitRequest,
  idempotencyKey = newIdempotencyKey(),
): Promise<InspectionVisit> {
  return withRetry((signal) =>
    call(
      licensingApi.POST('/api/licensing/supervision/warnings/{warningId}/visit', {
        params: { path: { warningId }, header: { 'Idempotency-Key': idempotencyKey } },
        body: request,
        signal,
      }),
    ),
  );
}

export function getSupervisionStatistics(
  query: operations['getSupervisionStatistics']['parameters']['query'],
): Promise<SupervisionStatistics> {
  return call(licensingApi.GET('/api/licensing/supervision/statistics', { params: { query } }));
}

/** Public (no sign-in): a district's published random-check results of a month. */
export function listPublishedRandomChecks(
  query: operations['listPublishedRandomChecks']['parameters']['query'],
): Promise<RandomCheckResultPage> {
  return call(licensingApi.GET('/api/licensing/public/random-checks', { params: { query } }));
}

/** A license's recorded inspections (newest first) and its open rectification deadlines. */
export function listLicenseInspections(licenseNo: string, cursor?: string, limit = 20): Promise<InspectionHistoryPage> {
  return call(
    licensingApi.GET('/api/licensing/licenses/{licenseNo}/inspections', {
      params: { path: { licenseNo }, query: { cursor, limit } },
    }),
  );
}
