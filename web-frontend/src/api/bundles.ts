import type { components } from './generated/licensing';
import { call, licensingApi } from './clients';
import { withRetry } from './retry';
import { newIdempotencyKey } from './http';

type Schemas = components['schemas'];
export type Bundle = Schemas['Bundle'];
export type BundleRequest = Schemas['BundleRequest'];
export type BundlePage = Schemas['BundlePage'];

/** The retailer's own bundles, newest first, each with its items and the sum. */
export function listBundles(query: { limit?: number; cursor?: string } = {}): Promise<BundlePage> {
  return call(licensingApi.GET('/api/licensing/bundles', { params: { query } }));
}

/** 一件事打包: several drafts filed under one bundle id. */
export function createBundle(request: BundleRequest, idempotencyKey = newIdempotencyKey()): Promise<Bundle> {
  return withRetry((signal) =>
    call(
      licensingApi.POST('/api/licensing/bundles', {
        params: { header: { 'Idempotency-Key': idempotencyKey } },
        body: request,
        signal,
      }),
    ),
  );
}

/** Each item with its own state and deadline, and the sum. */
export function getBundle(bundleId: string): Promise<Bundle> {
  return call(licensingApi.GET('/api/licensing/bundles/{bundleId}', { params: { path: { bundleId } } }));
}

/** Submits every draft item at once (all or none). */
export function submitBundle(bundleId: string): Promise<Bundle> {
  return call(licensingApi.POST('/api/licensing/bundles/{bundleId}/submission', { params: { path: { bundleId } } }));
}
