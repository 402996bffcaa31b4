import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/problem';
import { setLocale } from '@/i18n';
import { remainingProblem, withoutNumbering } from './missingItems';

const refused = () =>
  new ApiError({
    type: '/problems/business-rule',
    title: '申请不符合办理条件',
    status: 422,
    detail: '申请尚不完整，还缺：营业执照、身份证、店铺在地图上的位置',
    errors: [
      { field: 'document:BUSINESS_LICENSE', message: '必须提供' },
      { field: 'document:ID_CARD', message: '必须提供' },
      { field: 'premises.latitude', message: '必须提供' },
    ],
    missing: ['document:BUSINESS_LICENSE', 'document:ID_CARD', 'premises.latitude'],
  } as ApiError['problem']);

describe('missing items', () => {
  it('strike the documents now uploaded, and the problem goes once nothing is missing', async () => {
    await setLocale('zh-CN');
    const after = remainingProblem(refused(), ['BUSINESS_LICENSE']);
    expect(after?.detail).toBe('还缺：身份证、店铺在地图上的位置');
    expect(after?.fieldErrors.map((f) => f.field)).toEqual(['document:ID_CARD', 'premises.latitude']);

    const documentsOnly = new ApiError({ ...refused().problem, missing: ['document:ID_CARD'] } as ApiError['problem']);
    expect(remainingProblem(documentsOnly, ['ID_CARD', 'BUSINESS_LICENSE'])).toBeUndefined();
  });

  it('keep any other problem as it is', () => {
    const other = new ApiError({ type: '/problems/conflict', title: '已被修改', status: 409 });
    expect(remainingProblem(other, ['ID_CARD'])).toBe(other);
    expect(remainingProblem(undefined, [])).toBeUndefined();
  });

  it('drop the numbering a clerk typed, so items are not numbered twice', () => {
    expect(withoutNumbering('1. 营业执照复印件不清晰')).toBe('营业执照复印件不清晰');
    expect(withoutNumbering('2、补充租赁合同')).toBe('补充租赁合同');
    expect(withoutNumbering('（3）照片')).toBe('照片');
    expect(withoutNumbering('营业执照复印件不清晰')).toBe('营业执照复印件不清晰');
    expect(withoutNumbering('2026年租赁合同')).toBe('2026年租赁合同');
    expect(withoutNumbering('1.5 米内有学校')).toBe('1.5 米内有学校');
  });
});
