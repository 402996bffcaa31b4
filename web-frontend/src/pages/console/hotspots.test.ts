import { describe, expect, it } from 'vitest';
import { districtCategoryMatrix, topCombinations, weekLabel, weeklyCounts, weeksOf } from './hotspots';

const rows = [
  { week: '2026-W47', district: '330106', category: 'SALES_TO_MINORS', count: 3 },
  { week: '2026-W47', district: '330102', category: 'COUNTERFEIT', count: 1 },
  { week: '2026-W48', district: '330106', category: 'SALES_TO_MINORS', count: 5 },
  { week: '2026-W48', district: '330106', category: 'COUNTERFEIT', count: 2 },
];

describe('hotspots', () => {
  it('ranks district and category combinations and gives their weekly counts with gaps as 0', () => {
    const top = topCombinations(rows, 2);
    expect(top).toEqual([
      { district: '330106', category: 'SALES_TO_MINORS', total: 8 },
      { district: '330106', category: 'COUNTERFEIT', total: 2 },
    ]);
    const weeks = weeksOf(rows);
    expect(weeks).toEqual(['2026-W47', '2026-W48']);
    expect(weeklyCounts(rows, weeks, top[1]!)).toEqual([0, 2]);
  });

  it('sums cases by district and category, busiest first', () => {
    const m = districtCategoryMatrix(rows);
    expect(m.districts).toEqual(['330106', '330102']);
    expect(m.categories).toEqual(['SALES_TO_MINORS', 'COUNTERFEIT']);
    expect(m.cells['330106']).toEqual({ SALES_TO_MINORS: 8, COUNTERFEIT: 2 });
    expect(m.max).toBe(8);
  });

  it('names weeks in words', () => {
    expect(weekLabel('2026-W07', 'zh-CN')).toBe('2026年第7周');
    expect(weekLabel('2026-W07', 'en')).toBe('2026 week 7');
  });
});
