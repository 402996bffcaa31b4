import type { components, operations } from './generated/licensing';
import { call, licensingApi } from './clients';
import { withRetry } from './retry';
import { newIdempotencyKey } from './http';

export {
  commitmentStatusValues,
  creditProfileGradeValues,
  creditRecordKindValues,
  creditRepairStatusValues,
  postVerificationStatusValues,
} from './generated/licensing';

type Schemas = components['schemas'];
export type CommitmentTemplate = Schemas['CommitmentTemplate'];
export type CommitmentTemplateText = Schemas['CommitmentTemplateText'];
export type CommitmentSignature = Schemas['CommitmentSignature'];
export type Commitment = Schemas['Commitment'];
export type CommitmentStatus = Commitment['status'];
export type CreditProfile = Schemas['CreditProfile'];
export type CreditRecord = Schemas['CreditRecord'];
export type CreditRepair = Schemas['CreditRepair'];
export type CreditRepairPage = Schemas['CreditRepairPage'];
export type CreditRepairStatus = CreditRepair['status'];
export type PostVerification = Schemas['PostVerification'];
export type PostVerificationPage = Schemas['PostVerificationPage'];
export type PostVerificationFindings = Schemas['PostVerificationFindings'];
export type RepairQuery = NonNullable<operations['listCreditRepairs']['parameters']['query']>;
export type PostVerificationQuery = NonNullable<operations['listPostVerifications']['parameters']['query']>;

/** The current version of every commitment template (告知承诺书). */
export function listCommitmentTemplates(): Promise<CommitmentTemplate[]> {
  return call(licensingApi.GET('/api/licensing/commitment-templates'));
}

/** Every published version of a template, newest first. */
export function listCommitmentTemplateVersions(templateCode: string): Promise<CommitmentTemplate[]> {
  return call(
    licensingApi.GET('/api/licensing/commitment-templates/{templateCode}/versions', { params: { path: { templateCode } } }),
  );
}

/** One version of a template exactly as it was (or will be) signed. */
export function getCommitmentTemplate(templateCode: string, templateVersion: number): Promise<CommitmentTemplate> {
  return call(
    licensingApi.GET('/api/licensing/commitment-templates/{templateCode}/versions/{templateVersion}', {
      params: { path: { templateCode, templateVersion } },
    }),
  );
}

/** ADMIN: a new version of a template; the earlier versions stay as they were signed. */
export function publishCommitmentTemplate(
  templateCode: string,
  text: CommitmentTemplateText,
  idempotencyKey = newIdempotencyKey(),
): Promise<CommitmentTemplate> {
  return withRetry((signal) =>
    call(
      licensingApi.POST('/api/licensing/admin/commitment-templates/{templateCode}/versions', {
        params: { path: { templateCode }, header: { 'Idempotency-Key': idempotencyKey } },
        body: text,
        signal,
      }),
    ),
  );
}

export function listCommitments(applicationId: string): Promise<Commitment[]> {
  return call(
    licensingApi.GET('/api/licensing/applications/{applicationId}/commitments', { params: { path: { applicationId } } }),
  );
}

export function signCommitment(
  applicationId: string,
  signature: CommitmentSignature,
  idempotencyKey = newIdempotencyKey(),
): Promise<Commitment> {
  return withRetry((signal) =>
    call(
      licensingApi.POST('/api/licensing/applications/{applicationId}/commitments', {
        params: { path: { applicationId }, header: { 'Idempotency-Key': idempotencyKey } },
        body: signature,
        signal,
      }),
    ),
  );
}

export function withdrawCommitment(applicationId: string, commitmentId: string): Promise<Commitment> {
  return call(
    licensingApi.POST('/api/licensing/applications/{applicationId}/commitments/{commitmentId}/withdrawal', {
      params: { path: { applicationId, commitmentId } },
    }),
  );
}

/** Staff: a retailer's grade and records, by the account that queue items and repair requests name (`retailer`). */
export function getCreditProfile(subject: string): Promise<CreditProfile> {
  return call(licensingApi.GET('/api/licensing/credit/profiles/{subject}', { params: { path: { subject } } }));
}

/** The retailer's own grade with every record behind it. */
export function getOwnCreditProfile(): Promise<CreditProfile> {
  return call(licensingApi.GET('/api/licensing/credit/profile'));
}

export function requestCreditRepair(recordId: string, reason: string, idempotencyKey = newIdempotencyKey()): Promise<CreditRepair> {
  return withRetry((signal) =>
    call(
      licensingApi.POST('/api/licensing/credit/records/{recordId}/repair-requests', {
        params: { path: { recordId }, header: { 'Idempotency-Key': idempotencyKey } },
        body: { reason },
        signal,
      }),
    ),
  );
}

/** Staff: the requests of retailers in their subtree; a retailer: their own. Oldest pending first. */
export function listCreditRepairs(query: RepairQuery = {}): Promise<CreditRepairPage> {
  return call(licensingApi.GET('/api/licensing/credit/repair-requests', { params: { query } }));
}

export function decideCreditRepair(repairId: string, granted: boolean, reason: string): Promise<CreditRepair> {
  return call(
    licensingApi.POST('/api/licensing/credit/repair-requests/{repairId}/decision', {
      params: { path: { repairId } },
      body: { granted, reason },
    }),
  );
}

/** Post-verification site checks of the caller's subtree, overdue first, then by due date. */
export function listPostVerifications(query: PostVerificationQuery = {}): Promise<PostVerificationPage> {
  return call(licensingApi.GET('/api/licensing/post-verifications', { params: { query } }));
}

export function recordPostVerification(
  postVerificationId: string,
  findings: PostVerificationFindings,
): Promise<PostVerification> {
  return call(
    licensingApi.POST('/api/licensing/post-verifications/{postVerificationId}/findings', {
      params: { path: { postVerificationId } },
      body: findings,
    }),
  );
}
