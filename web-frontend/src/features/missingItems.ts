import { i18n } from '@/i18n';
import { ApiError } from '@/api/problem';
import { fieldLabel } from './fieldLabel';

/**
 * A refused submission's "still needed" problem after the page supplied some of it: the
 * documents now current are struck from it, and once nothing is left the problem is gone.
 * Other problems are kept as they are.
 */
export function remainingProblem(error: ApiError | undefined, currentTypes: readonly string[]): ApiError | undefined {
  const missing = (error?.problem as { missing?: unknown } | undefined)?.missing;
  if (!error || !Array.isArray(missing)) return error;
  const supplied = new Set(currentTypes.map((type) => `document:${type}`));
  const remaining = (missing as string[]).filter((item) => !supplied.has(item));
  if (!remaining.length) return undefined;
  if (remaining.length === missing.length) return error;
  const { t } = i18n.global;
  const items = [...new Set(remaining.map(fieldLabel))].join(i18n.global.locale.value === 'en' ? ', ' : '、');
  return new ApiError({
    ...error.problem,
    detail: t('application.stillMissing', { items }),
    errors: error.fieldErrors.filter((f) => remaining.includes(f.field)),
    missing: remaining,
  } as ApiError['problem']);
}

/** A correction item as the clerk typed it, without the clerk's own numbering ("1. 营业执照…"): the page numbers them. */
export function withoutNumbering(item: string): string {
  return item.replace(/^\s*(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:[.．](?!\d)|[、)）:：])|[（(]\d{1,3}[)）])\s*/, '').trim() || item;
}
