import type { components, paths } from './generated/licensing';
import { call, licensingApi } from './clients';
import { newIdempotencyKey } from './http';
import { fillPath, upload } from './upload';

export { applicationStateValues, applicationTypeValues, documentTypeValues } from './generated/licensing';

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

type UploadForm = paths['/api/licensing/applications/{applicationId}/documents']['post']['requestBody']['content']['multipart/form-data'];

export function listApplications(cursor?: string, limit = 20): Promise<ApplicationPage> {
  return call(licensingApi.GET('/api/licensing/applications', { params: { query: { limit, cursor } } }));
}

export function getApplication(applicationId: string): Promise<Application> {
  return call(licensingApi.GET('/api/licensing/applications/{applicationId}', { params: { path: { applicationId } } }));
}

/** Creates a draft; the key makes a retried submission of the same form create one draft. */
export function createApplication(draft: ApplicationDraft, idempotencyKey = newIdempotencyKey()): Promise<Application> {
  return call(
    licensingApi.POST('/api/licensing/applications', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: draft,
    }),
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
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal; idempotencyKey?: string } = {},
): Promise<LicenseDocument> {
  const { idempotencyKey = newIdempotencyKey(), ...progress } = options;
  const body = new FormData();
  body.append('documentType', documentType);
  body.append('file', file, file.name);
  const path: keyof paths = '/api/licensing/applications/{applicationId}/documents';
  return upload<LicenseDocument>({
    url: fillPath(path, { applicationId }),
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
    ...progress,
  });
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
