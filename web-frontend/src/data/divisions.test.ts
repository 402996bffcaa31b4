import { describe, expect, it, vi } from 'vitest';
import { computed } from 'vue';
import { flushPromises, problemResponse } from '@/test/mount';
import { DIVISIONS } from '@/test/divisions.fixture';
import { districtsWithin, divisionLabel, divisionPath, setDivisions, toTree } from './divisions';

describe('divisions', () => {
  it('are a tree built from the flat API list, the province at the top', () => {
    const tree = toTree(DIVISIONS);
    expect(tree?.code).toBe('330000');
    expect(tree?.children?.map((c) => c.code)).toEqual(['330100', '330200']);
    expect(divisionPath('330106').map((d) => d.zh)).toEqual(['浙江省', '杭州市', '西湖区']);
  });

  it('show names in either language, a station as its district plus the station, never a code', () => {
    setDivisions(DIVISIONS);
    expect(divisionLabel('330106', 'zh-CN')).toBe('杭州市 西湖区');
    expect(divisionLabel('330106', 'en')).toBe('Xihu, Hangzhou');
    expect(divisionLabel('330100', 'zh-CN')).toBe('杭州市');
    expect(divisionLabel('330000', 'zh-CN')).toBe('浙江省');
    expect(divisionLabel('330000', 'en')).toBe('Zhejiang');
    expect(divisionLabel('330106001', 'zh-CN')).toBe('杭州市 西湖区 第1站');
    expect(divisionLabel('330106001', 'en')).toBe('Xihu, Hangzhou, station 1');
    expect(divisionLabel('330106000', 'zh-CN')).toBe('杭州市 西湖区 区局本级');
    for (const code of ['330199', '330106000x', '110101']) {
      expect(divisionLabel(code, 'zh-CN')).toBe('未知辖区');
      expect(divisionLabel(code, 'en')).toBe('Unknown division');
    }
    expect(divisionLabel(undefined, 'zh-CN')).toBe('');
  });

  it("list the districts of a jurisdiction's subtree only", () => {
    setDivisions(DIVISIONS);
    expect(districtsWithin('330106').map((d) => d.code)).toEqual(['330106']);
    expect(districtsWithin('330106001').map((d) => d.code)).toEqual(['330106']);
    expect(districtsWithin('330200').map((d) => d.code)).toEqual(['330203', '330212']);
    expect(districtsWithin('330000')).toHaveLength(7);
    expect(districtsWithin(undefined)).toHaveLength(7);
  });

  it('turn into 未知辖区 when the names cannot be read (an older platform), never into codes', async () => {
    setDivisions([]);
    vi.stubGlobal('fetch', vi.fn(async () => problemResponse(404, 'Not found')));
    const label = computed(() => divisionLabel('330106', 'zh-CN'));
    expect(label.value).toBe('');
    await flushPromises();
    expect(label.value).toBe('未知辖区');
    expect(districtsWithin('330106')).toEqual([]);
  });
});
