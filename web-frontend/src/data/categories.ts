import { shallowRef, type Ref } from 'vue';
import { listCategories, type ApiCategory, type CaseKind } from '@/api/complaints';

/**
 * The 12313 category tree, read once from `GET /api/complaints/categories` (ADMIN maintains
 * it; no copy lives in the frontend). Until that answers a label is empty; a failed read is
 * retried on the next use after a short pause.
 */
export interface Category {
  code: string;
  zh: string;
  en: string;
  urgent: boolean;
  children?: Category[];
}

/** The kind a citizen most likely means with a category (they can still change it). */
const KIND_HINTS: Record<string, CaseKind> = {
  ILLEGAL_SALES: 'REPORT',
  E_CIGARETTE: 'REPORT',
  BUREAU_SERVICE: 'COMPLAINT',
  POLICY: 'CONSULTATION',
};

const tree = shallowRef<Category[]>([]);
const parents = new Map<string, string>();
let pending: Promise<void> | undefined;
let loaded = false;
let failedAt = 0;
const RETRY_AFTER_MS = 30_000;

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
/** Sets the tree from the API's flat list (the API's answer; tests set their own). */
export function setCategories(list: readonly ApiCategory[]): void {
  const categories = toTree(list);
  index(categories);
  tree.value = categories;
  loaded = true;
}

function load(): void {
  if (loaded || pending || Date.now() - failedAt < RETRY_AFTER_MS) return;
  pending = listCategories()
    .then(setCategories)
    .catch(() => {
      failedAt = Date.now();
    })
    .finally(() => {
      pending = undefined;
    });
}

export function useCategories(): Readonly<Ref<Category[]>> {
  load();
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

/** The category's name; '' while the tree loads or for a code it does not have (never the code). */
export function categoryLabel(code: string, locale: string): string {
  load();
  const category = findCategory(code);
  if (!category) return '';
  return locale === 'en' ? category.en : category.zh;
}
