import type { components, operations, paths } from './generated/licensing';
import { call, licensingApi } from './clients';
import { UPLOAD_POLICY, withRetry } from './retry';
import { newIdempotencyKey } from './http';
import { fillPath, upload } from './upload';

export {
  applicationStateValues,
  applicationTypeValues,
  changeSubjectValues,
  documentTypeValues,
  licenseStatusValues,
  premisesKindValues,
  riskValues,
  scopeItemValues,
} from './generated/licensing';

type Schemas = components['schemas'];
export type Application = Schemas['Application'];
export type ApplicationDraft = Schemas['ApplicationDraft'];
export type ApplicationPage = Schemas['ApplicationPage'];
export type ApplicationState = Schemas['ApplicationState'];
export type ApplicationType = Schemas['ApplicationType'];
export type LicenseDocument = Schemas['Document'];
export type DocumentType = Schemas['DocumentType'];
export type Premises = Schemas['Premises'];
export type AuditEntry = Schemas['AuditEntry'];
export type ApplicationUpdate = Schemas['ApplicationUpdate'];
export type ChangeSubject = Schemas['ChangeSubject'];
export type Deadlines = Schemas['Deadlines'];
export type Risk = Schemas['Risk'];
export type Notice = Schemas['Notice'];
export type RefusalCheck = Schemas['RefusalCheck'];
export type QueueItem = Schemas['QueueItem'];
export type QueuePage = Schemas['QueuePage'];
export type QueueQuery = NonNullable<operations['getWorkQueue']['parameters']['query']>;
export type License = Schemas['License'];
export type LicenseStatus = Schemas['LicenseStatus'];
export type PublicLicense = Schemas['PublicLicense'];
export type DecisionRequest = Schemas['DecisionRequest'];
export type ScopeItem = Schemas['ScopeItem'];
export type PremisesKind = Schemas['PremisesKind'];
export type LicensingStatistics = Schemas['LicensingStatistics'];
export type ApplicationFigures = Schemas['ApplicationFigures'];
export type LicenseFigures = Schemas['LicenseFigures'];

type UploadForm = paths['/api/licensing/applications/{applicationId}/documents']['post']['requestBody']['content']['multipart/form-data'];

export function listApplications(cursor?: string, limit = 20): Promise<ApplicationPage> {
  return call(licensingApi.GET('/api/licensing/applications', { params: { query: { limit, cursor } } }));
}

export function getApplication(applicationId: string): Promise<Application> {
  return call(licensingApi.GET('/api/licensing/applications/{applicationId}', { params: { path: { applicationId } } }));
}

/** Creates a draft; the key makes a retried submission of the same form create one draft. */
export function createApplication(draft: ApplicationDraft, idempotencyKey = newIdempotencyKey()): Promise<Application> {
  return withRetry((signal) =>
    call(
      licensingApi.POST('/api/licensing/applications', {
        params: { header: { 'Idempotency-Key': idempotencyKey } },
        body: draft,
        signal,
      }),
    ),
  );
}

export function listDocuments(applicationId: string): Promise<LicenseDocument[]> {
  return call(
    licensingApi.GET('/api/licensing/applications/{applicationId}/documents', { params: { path: { applicationId } } }),
  );
}

export function uploadDocument(
  applicationId: string,
  documentType: UploadForm['documentType'],
  file: File,
  options: {
    onProgress?: (fraction: number) => void;
    signal?: AbortSignal;
    idempotencyKey?: string;
    /** A current document of the same type that the new one replaces (before the decision). */
    replaces?: string;
  } = {},
): Promise<LicenseDocument> {
  const { idempotencyKey = newIdempotencyKey(), replaces, signal: cancel, ...progress } = options;
  const body = new FormData();
  body.append('documentType', documentType);
  body.append('file', file, file.name);
  const path: keyof paths = '/api/licensing/applications/{applicationId}/documents';
  const url = fillPath(path, { applicationId });
  return withRetry(
    (signal) =>
      upload<LicenseDocument>({
        url: replaces ? `${url}?replaces=${encodeURIComponent(replaces)}` : url,
        body,
        headers: { 'Idempotency-Key': idempotencyKey },
        ...progress,
        signal,
      }),
    UPLOAD_POLICY,
    cancel,
  );
}

/** Takes a current document back before the decision; it stays on the record, no longer current. */
export async function removeDocument(applicationId: string, documentId: string): Promise<void> {
  await call(
    licensingApi.DELETE('/api/licensing/applications/{applicationId}/documents/{documentId}', {
      params: { path: { applicationId, documentId } },
    }),
  );
}

export type GeocodeSuggestion = Schemas['GeocodeSuggestion'];

/** Places matching a typed address (the geocoder; 503 in plain words when it is down). */
export async function geocodeAddress(address: string, signal?: AbortSignal): Promise<GeocodeSuggestion[]> {
  const answer = await call(licensingApi.GET('/api/licensing/geocode', { params: { query: { address } }, signal }));
  return answer.results;
}

/** Every recorded change of the application (its audit chain), oldest first. */
export function getApplicationAudit(applicationId: string): Promise<AuditEntry[]> {
  return call(
    licensingApi.GET('/api/licensing/applications/{applicationId}/audit', { params: { path: { applicationId } } }),
  );
}

/** The document's bytes (streamed by the service), for a download the user started. */
export function downloadDocument(documentId: string): Promise<Blob> {
  return call(
    licensingApi.GET('/api/licensing/documents/{documentId}/content', {
      params: { path: { documentId } },
      parseAs: 'blob',
    }),
  );
}

export function updateApplication(applicationId: string, update: ApplicationUpdate): Promise<Application> {
  return call(
    licensingApi.PUT('/api/licensing/applications/{applicationId}/details', {
      params: { path: { applicationId } },
      body: update,
    }),
  );
}

/** Submits a draft, or resubmits after a correction notice (422 names every missing item). */
export function submitApplication(applicationId: string, version: number): Promise<Application> {
  return call(
    licensingApi.POST('/api/licensing/applications/{applicationId}/submission', {
      params: { path: { applicationId } },
      body: { version },
    }),
  );
}

export function withdrawApplication(applicationId: string, version: number, reason?: string): Promise<Application> {
  return call(
    licensingApi.POST('/api/licensing/applications/{applicationId}/withdrawal', {
      params: { path: { applicationId } },
      body: { version, ...(reason ? { reason } : {}) },
    }),
  );
}

export function acceptApplication(applicationId: string, version: number): Promise<Application> {
  return call(
    licensingApi.POST('/api/licensing/applications/{applicationId}/acceptance', {
      params: { path: { applicationId } },
      body: { version },
    }),
  );
}

export function requestCorrection(applicationId: string, version: number, items: string[]): Promise<Application> {
  return call(
    licensingApi.POST('/api/licensing/applications/{applicationId}/correction-request', {
      params: { path: { applicationId } },
      body: { version, items },
    }),
  );
}

export function startReview(applicationId: string, version: number): Promise<Application> {
  return call(
    licensingApi.POST('/api/licensing/applications/{applicationId}/review', {
      params: { path: { applicationId } },
      body: { version },
    }),
  );
}

export function assignSiteCheck(applicationId: string, version: number, inspector: string): Promise<Application> {
  return call(
    licensingApi.POST('/api/licensing/applications/{applicationId}/site-check', {
      params: { path: { applicationId } },
      body: { version, inspector },
    }),
  );
}

export function recordSiteCheck(
  applicationId: string,
  version: number,
  findings: string,
  passed: boolean,
): Promise<Application> {
  return call(
    licensingApi.POST('/api/licensing/applications/{applicationId}/site-check/findings', {
      params: { path: { applicationId } },
      body: { version, findings, passed },
    }),
  );
}

export function extendDeadline(applicationId: string, version: number, reason: string): Promise<Application> {
  return call(
    licensingApi.POST('/api/licensing/applications/{applicationId}/extension', {
      params: { path: { applicationId } },
      body: { version, reason },
    }),
  );
}

export function decideApplication(applicationId: string, decision: DecisionRequest): Promise<Application> {
  return call(
    licensingApi.POST('/api/licensing/applications/{applicationId}/decision', {
      params: { path: { applicationId } },
      body: decision,
    }),
  );
}

export function getRefusalChecks(applicationId: string): Promise<RefusalCheck[]> {
  return call(
    licensingApi.GET('/api/licensing/applications/{applicationId}/checks', { params: { path: { applicationId } } }),
  );
}

export function listNotices(applicationId: string): Promise<Notice[]> {
  return call(
    licensingApi.GET('/api/licensing/applications/{applicationId}/notices', { params: { path: { applicationId } } }),
  );
}

/** The retailer's earlier verified documents, offered again (材料复用). */
export function listReusableDocuments(): Promise<LicenseDocument[]> {
  return call(licensingApi.GET('/api/licensing/documents'));
}

export function attachDocument(
  applicationId: string,
  documentId: string,
  idempotencyKey = newIdempotencyKey(),
): Promise<LicenseDocument> {
  return withRetry((signal) =>
    call(
      licensingApi.POST('/api/licensing/applications/{applicationId}/attachments', {
        params: { path: { applicationId }, header: { 'Idempotency-Key': idempotencyKey } },
        body: { documentId },
        signal,
      }),
    ),
  );
}

export function getWorkQueue(query: QueueQuery = {}): Promise<QueuePage> {
  return call(licensingApi.GET('/api/licensing/queue', { params: { query } }));
}

export type LicensePage = Schemas['LicensePage'];

/** One page of the caller's licenses (retailer) or of the subtree's (staff), newest first, with the true total. */
export function listLicensePage(cursor?: string, limit = 100): Promise<LicensePage> {
  return call(licensingApi.GET('/api/licensing/licenses', { params: { query: { limit, cursor } } }));
}

/** The retailer's licenses, newest first (the first page: a retailer holds a handful). */
export async function listLicenses(): Promise<License[]> {
  return (await listLicensePage()).items;
}

export function getLicense(licenseNo: string): Promise<License> {
  return call(licensingApi.GET('/api/licensing/licenses/{licenseNo}', { params: { path: { licenseNo } } }));
}

/** The printable certificate (PDF with the QR code of the public verification page). */
export function getLicenseCertificate(licenseNo: string): Promise<Blob> {
  return call(
    licensingApi.GET('/api/licensing/licenses/{licenseNo}/certificate', {
      params: { path: { licenseNo } },
      parseAs: 'blob',
    }),
  );
}

/** What anyone may see of a license; no sign-in. */
export function verifyLicense(licenseNo: string): Promise<PublicLicense> {
  return call(licensingApi.GET('/api/licensing/public/licenses/{licenseNo}', { params: { path: { licenseNo } } }));
}

export const LICENSE_NO_PATTERN = /^\d{15}$/;

/** Applications received and decided by type and item, active licenses by item, per district (caseworkers; Beijing days, inclusive). */
export function licensingStatistics(from: string, to: string): Promise<LicensingStatistics> {
  return call(licensingApi.GET('/api/licensing/statistics', { params: { query: { from, to } } }));
}
