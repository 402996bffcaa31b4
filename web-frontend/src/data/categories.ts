import { shallowRef, type Ref } from 'vue';
import { listCategories, type ApiCategory, type CaseKind } from '@/api/complaints';

/**
 * The 12313 category tree, read once from `GET /api/complaints/categories`. Until that
 * answers (or if it fails) the tree seeded by complaints-hotline's V1 migration is used, so
 * the report form always works.
 */
export interface Category {
  code: string;
  zh: string;
  en: string;
  urgent: boolean;
  children?: Category[];
}

const SEED: Category[] = [
  {
    code: 'ILLEGAL_SALES', zh: '违法经营', en: 'Illegal sales', urgent: false,
    children: [
      { code: 'COUNTERFEIT', zh: '假冒卷烟', en: 'Counterfeit cigarettes', urgent: false },
      { code: 'SMUGGLED', zh: '走私卷烟', en: 'Smuggled cigarettes', urgent: false },
      { code: 'UNLICENSED', zh: '无证经营', en: 'Selling without a license', urgent: false },
      { code: 'SALES_TO_MINORS', zh: '向未成年人售烟', en: 'Sales to minors', urgent: true },
    ],
  },
  {
    code: 'E_CIGARETTE', zh: '电子烟违规销售', en: 'E-cigarette violations', urgent: false,
    children: [{ code: 'E_CIGARETTE_TO_MINORS', zh: '向未成年人销售电子烟', en: 'E-cigarettes sold to minors', urgent: true }],
  },
  {
    code: 'BUREAU_SERVICE', zh: '机关服务', en: 'Bureau service', urgent: false,
    children: [
      { code: 'SERVICE_ATTITUDE', zh: '服务态度', en: 'Service attitude', urgent: false },
      { code: 'LICENSING', zh: '许可办理', en: 'Licensing', urgent: false },
    ],
  },
  { code: 'POLICY', zh: '政策法规', en: 'Policy and law', urgent: false },
  { code: 'OTHER', zh: '其他', en: 'Other', urgent: false },
];

/** The kind a citizen most likely means with a category (they can still change it). */
const KIND_HINTS: Record<string, CaseKind> = {
  ILLEGAL_SALES: 'REPORT',
  E_CIGARETTE: 'REPORT',
  BUREAU_SERVICE: 'COMPLAINT',
  POLICY: 'CONSULTATION',
};

const tree = shallowRef<Category[]>(SEED);
const parents = new Map<string, string>();
let requested = false;

/** Builds the tree from the API's flat list (parents before children), active ones only. */
export function toTree(list: readonly ApiCategory[]): Category[] {
  const byCode = new Map<string, Category>();
  const roots: Category[] = [];
  for (const c of list) {
    if (!c.active) continue;
    const node: Category = { code: c.code, zh: c.nameZh, en: c.nameEn, urgent: c.urgent };
    byCode.set(c.code, node);
    const parent = c.parentCode ? byCode.get(c.parentCode) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else if (!c.parentCode) roots.push(node);
  }
  return roots;
}

function index(categories: Category[]) {
  parents.clear();
  for (const root of categories) for (const child of root.children ?? []) parents.set(child.code, root.code);
}
index(SEED);

export function useCategories(): Readonly<Ref<Category[]>> {
  if (!requested) {
    requested = true;
    listCategories()
      .then((list) => {
        const loaded = toTree(list);
        if (loaded.length) {
          index(loaded);
          tree.value = loaded;
        }
      })
      .catch(() => undefined);
  }
  return tree;
}

export function findCategory(code: string, list: Category[] = tree.value): Category | undefined {
  for (const category of list) {
    if (category.code === code) return category;
    const child = findCategory(code, category.children ?? []);
    if (child) return child;
  }
  return undefined;
}

export function kindHint(code: string): CaseKind | undefined {
  return KIND_HINTS[code] ?? KIND_HINTS[parents.get(code) ?? ''];
}

export function categoryLabel(code: string, locale: string): string {
  const category = findCategory(code);
  if (!category) return code;
  return locale === 'en' ? category.en : category.zh;
}
