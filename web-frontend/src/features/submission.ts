import { newIdempotencyKey } from '@/api/http';

/**
 * One Idempotency-Key per form submission: retrying the same content (after a timeout or a
 * lost answer) reuses the key, so the server files it once; changed content gets a new key
 * (the server refuses a key reused with other content).
 */
export function submissionKeys(generate: () => string = newIdempotencyKey) {
  let last: { fingerprint: string; key: string } | undefined;
  return {
    keyFor(fingerprint: string): string {
      if (!last || last.fingerprint !== fingerprint) last = { fingerprint, key: generate() };
      return last.key;
    },
    /** After a success: the next submission is a new one. */
    reset(): void {
      last = undefined;
    },
  };
}

export function fileFingerprint(file: File | undefined): string {
  return file ? `${file.name}:${file.size}:${file.lastModified}` : '';
}
