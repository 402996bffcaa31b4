import type { ScopeItem } from '@/api/licensing';

type Translate = (key: string) => string;

/**
 * The items in words as the certificate prints them: 卷烟、雪茄烟；电子烟 (English: "; ").
 * An application without items of its own shows nothing (a NEW: cigarettes; a CHANGE:
 * the license's items stay), so the caller decides what to show instead.
 */
export function itemsInWords(items: readonly ScopeItem[] | undefined, t: Translate, locale: string): string {
  return (items ?? []).map((item) => t(`enums.scopeItem.${item}`)).join(locale === 'en' ? '; ' : '；');
}

/** Whether the items include e-cigarettes (the e-cigarette layout plan applies). */
export const sellsECigarettes = (items: readonly ScopeItem[] | undefined) => !!items?.includes('E_CIGARETTE');
