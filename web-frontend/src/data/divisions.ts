import { shallowRef, type Ref } from 'vue';
import { listDivisions, type ApiDivision } from '@/api/complaints';

/**
 * The administrative divisions (GB/T 2260) by name, read from
 * `GET /api/complaints/public/divisions` once per page load (the browser revalidates it with
 * its ETag). No list lives in the frontend: until the answer arrives a label is empty, and a
 * code the platform does not know reads 未知辖区 · Unknown division, never the code itself.
 */
export interface Division {
  code: string;
  zh: string;
  en: string;
  children?: Division[];
}

const root = shallowRef<Division | undefined>();
const byCode = new Map<string, Division>();
let pending: Promise<void> | undefined;
let failedAt = 0;
/** Reactive, so labels shown while loading turn into 未知辖区 when the read fails. */
const failed = shallowRef(false);
const RETRY_AFTER_MS = 30_000;

/** Builds the tree from the API's flat list (parents before children); the province is the root. */
export function toTree(list: readonly ApiDivision[]): Division | undefined {
  const nodes = new Map<string, Division>();
  let top: Division | undefined;
  for (const d of list) {
    const node: Division = { code: d.code, zh: d.name, en: d.nameEn };
    nodes.set(d.code, node);
    const parent = d.parentCode ? nodes.get(d.parentCode) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else if (!d.parentCode && !top) top = node;
  }
  return top;
}

/** Sets the tree (the API's answer; tests set their own). */
export function setDivisions(list: readonly ApiDivision[]): void {
  const tree = toTree(list);
  byCode.clear();
  const walk = (d: Division) => {
    byCode.set(d.code, d);
    d.children?.forEach(walk);
  };
  if (tree) walk(tree);
  root.value = tree;
  failed.value = false;
}

function load(): void {
  if (root.value || pending || Date.now() - failedAt < RETRY_AFTER_MS) return;
  pending = listDivisions()
    .then(setDivisions)
    .catch(() => {
      failedAt = Date.now();
      failed.value = true;
    })
    .finally(() => {
      pending = undefined;
    });
}

/** The province with its cities and their districts; `undefined` until loaded. */
export function useDivisions(): Readonly<Ref<Division | undefined>> {
  load();
  return root;
}

/** The chain province → city → district for a 6-digit code, or `[]`. */
export function divisionPath(code: string): Division[] {
  load();
  const top = root.value;
  if (!top) return [];
  const path: Division[] = [];
  for (let d = byCode.get(code); d; d = d.code === top.code ? undefined : parentOf(d.code)) path.unshift(d);
  return path[0]?.code === top.code ? path : [];
}

function parentOf(code: string): Division | undefined {
  const city = `${code.slice(0, 4)}00`;
  if (code !== city) return byCode.get(city);
  return root.value;
}

function stationLabel(district: string, station: string, locale: string): string {
  const n = Number(station);
  if (locale === 'en') return n === 0 ? `${district} (district bureau)` : `${district}, station ${n}`;
  return n === 0 ? `${district} 区局本级` : `${district} 第${n}站`;
}

/**
 * "杭州市 西湖区" (or "Xihu, Hangzhou"); a 9-digit station code as its district plus the
 * station ("杭州市 西湖区 第1站"); the province as "浙江省" ("Zhejiang"); '' while the names load.
 */
export function divisionLabel(code: string | undefined | null, locale: string): string {
  if (!code) return '';
  load();
  if (!root.value) return failed.value ? unknown(locale) : '';
  // the province's name is said only for the province itself (an ADMIN's jurisdiction)
  const full = divisionPath(code.slice(0, 6));
  const path = full.length > 1 ? full.slice(1) : full;
  if (!path.length || !/^\d{6}(\d{3})?$/.test(code)) return unknown(locale);
  const name =
    locale === 'en'
      ? path.map((p) => p.en).reverse().join(', ')
      : path.map((p) => p.zh).join(' ');
  return code.length === 9 ? stationLabel(name, code.slice(6), locale) : name;
}

function unknown(locale: string): string {
  return locale === 'en' ? 'Unknown division' : '未知辖区';
}

/**
 * The districts (county level) a jurisdiction covers: all of them for the province, a city's
 * for a city, the one district for a district or a station.
 */
export function districtsWithin(jurisdiction: string | undefined | null): Division[] {
  load();
  const top = root.value;
  if (!top) return [];
  const all = (top.children ?? []).flatMap((city) => city.children ?? []);
  if (!jurisdiction) return all;
  const prefix = jurisdiction.slice(0, 6).replace(/(00)+$/, '');
  return all.filter((d) => d.code.startsWith(prefix));
}
