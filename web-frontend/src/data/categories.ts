import type { CaseKind } from '@/api/complaints';

/**
 * The 12313 category tree as seeded by complaints-hotline (V1 migration). The complaints
 * API has no category endpoint yet; when it gains one, the report form reads it instead.
 */
export interface Category {
  code: string;
  zh: string;
  en: string;
  urgent?: boolean;
  /** The kind a citizen most likely means when picking this category. */
  kind: CaseKind;
  children?: Category[];
}

export const CATEGORIES: Category[] = [
  {
    code: 'ILLEGAL_SALES', zh: '违法经营', en: 'Illegal sales', kind: 'REPORT',
    children: [
      { code: 'COUNTERFEIT', zh: '假冒卷烟', en: 'Counterfeit cigarettes', kind: 'REPORT' },
      { code: 'SMUGGLED', zh: '走私卷烟', en: 'Smuggled cigarettes', kind: 'REPORT' },
      { code: 'UNLICENSED', zh: '无证经营', en: 'Selling without a license', kind: 'REPORT' },
      { code: 'SALES_TO_MINORS', zh: '向未成年人售烟', en: 'Sales to minors', kind: 'REPORT', urgent: true },
    ],
  },
  {
    code: 'E_CIGARETTE', zh: '电子烟违规销售', en: 'E-cigarette violations', kind: 'REPORT',
    children: [
      { code: 'E_CIGARETTE_TO_MINORS', zh: '向未成年人销售电子烟', en: 'E-cigarettes sold to minors', kind: 'REPORT', urgent: true },
    ],
  },
  {
    code: 'BUREAU_SERVICE', zh: '机关服务', en: 'Bureau service', kind: 'COMPLAINT',
    children: [
      { code: 'SERVICE_ATTITUDE', zh: '服务态度', en: 'Service attitude', kind: 'COMPLAINT' },
      { code: 'LICENSING', zh: '许可办理', en: 'Licensing', kind: 'COMPLAINT' },
    ],
  },
  { code: 'POLICY', zh: '政策法规', en: 'Policy and law', kind: 'CONSULTATION' },
  { code: 'OTHER', zh: '其他', en: 'Other', kind: 'SUGGESTION' },
];

export function findCategory(code: string, list: Category[] = CATEGORIES): Category | undefined {
  for (const category of list) {
    if (category.code === code) return category;
    const child = findCategory(code, category.children ?? []);
    if (child) return child;
  }
  return undefined;
}

export function categoryLabel(code: string, locale: string): string {
  const category = findCategory(code);
  if (!category) return code;
  return locale === 'en' ? category.en : category.zh;
}
