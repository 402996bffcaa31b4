import type { Statistics } from '@/api/complaints';

/** The statistics API's hotspot rows: cases by ISO week, district and category. */
export type Hotspot = NonNullable<Statistics['hotspots']>[number];

export interface Combination {
  district: string;
  category: string;
  total: number;
}

const keyOf = (h: { district: string; category: string }) => `${h.district}|${h.category}`;

/** The district × category combinations with most cases over the range, most first. */
export function topCombinations(hotspots: readonly Hotspot[], n = 5): Combination[] {
  const totals = new Map<string, Combination>();
  for (const h of hotspots) {
    const key = keyOf(h);
    const c = totals.get(key) ?? { district: h.district, category: h.category, total: 0 };
    c.total += h.count;
    totals.set(key, c);
  }
  return [...totals.values()]
    .sort((a, b) => b.total - a.total || keyOf(a).localeCompare(keyOf(b)))
    .slice(0, n);
}

/** The weeks of the rows, in order. */
export function weeksOf(hotspots: readonly Hotspot[]): string[] {
  return [...new Set(hotspots.map((h) => h.week))].sort();
}

/** Each combination's cases per week (0 where it had none). */
export function weeklyCounts(hotspots: readonly Hotspot[], weeks: readonly string[], combination: Combination): number[] {
  const counts = new Map<string, number>();
  for (const h of hotspots) {
    if (keyOf(h) === keyOf(combination)) counts.set(h.week, (counts.get(h.week) ?? 0) + h.count);
  }
  return weeks.map((w) => counts.get(w) ?? 0);
}

export interface Matrix {
  districts: string[];
  categories: string[];
  /** cells[district][category] */
  cells: Record<string, Record<string, number>>;
  max: number;
}

/** Cases by district (rows) and category (columns) over the range, the busiest first. */
export function districtCategoryMatrix(hotspots: readonly Hotspot[], maxCategories = 6): Matrix {
  const cells: Record<string, Record<string, number>> = {};
  const byDistrict = new Map<string, number>();
  const byCategory = new Map<string, number>();
  for (const h of hotspots) {
    const row = (cells[h.district] ??= {});
    row[h.category] = (row[h.category] ?? 0) + h.count;
    byDistrict.set(h.district, (byDistrict.get(h.district) ?? 0) + h.count);
    byCategory.set(h.category, (byCategory.get(h.category) ?? 0) + h.count);
  }
  const ranked = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  const categories = ranked(byCategory).slice(0, maxCategories);
  const districts = ranked(byDistrict);
  let max = 0;
  for (const d of districts) for (const c of categories) max = Math.max(max, cells[d]?.[c] ?? 0);
  return { districts, categories, cells, max };
}

/** "2026-W47" as 2026年第47周 or 2026 week 47. */
export function weekLabel(week: string, locale: string): string {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return week;
  const n = Number(match[2]);
  return locale === 'en' ? `${match[1]} week ${n}` : `${match[1]}年第${n}周`;
}
