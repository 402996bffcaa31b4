import { describe, expect, it } from 'vitest';
import { kindHint, toTree } from './categories';

describe('category tree', () => {
  it('is built from the flat API list, inactive categories left out', () => {
    const tree = toTree([
      { code: 'ILLEGAL_SALES', nameZh: '违法经营', nameEn: 'Illegal sales', urgent: false, active: true },
      { code: 'SALES_TO_MINORS', parentCode: 'ILLEGAL_SALES', nameZh: '向未成年人售烟', nameEn: 'Sales to minors', urgent: true, active: true },
      { code: 'OLD', parentCode: 'ILLEGAL_SALES', nameZh: '旧', nameEn: 'Old', urgent: false, active: false },
      { code: 'OTHER', nameZh: '其他', nameEn: 'Other', urgent: false, active: true },
    ]);
    expect(tree.map((c) => c.code)).toEqual(['ILLEGAL_SALES', 'OTHER']);
    expect(tree[0]?.children?.map((c) => [c.code, c.urgent])).toEqual([['SALES_TO_MINORS', true]]);
  });

  it('suggests the kind from the category or its parent', () => {
    expect(kindHint('SALES_TO_MINORS')).toBe('REPORT');
    expect(kindHint('SERVICE_ATTITUDE')).toBe('COMPLAINT');
    expect(kindHint('POLICY')).toBe('CONSULTATION');
    expect(kindHint('OTHER')).toBeUndefined();
  });
});
