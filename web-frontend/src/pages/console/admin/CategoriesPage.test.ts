import { describe, expect, it, vi } from 'vitest';
import { flushPromises, jsonResponse, mountWithApp } from '@/test/mount';
import CategoriesPage from './CategoriesPage.vue';

const categories = [
  { code: 'ILLEGAL_SALES', nameZh: '违法经营', nameEn: 'Illegal sales', urgent: false, active: true },
  { code: 'E_CIGARETTE', nameZh: '电子烟违规销售', nameEn: 'E-cigarettes', urgent: false, active: true },
  { code: 'SALES_TO_MINORS', parentCode: 'ILLEGAL_SALES', nameZh: '向未成年人售烟', nameEn: 'Sales to minors', urgent: true, active: true },
  { code: 'RETIRED', parentCode: 'ILLEGAL_SALES', nameZh: '已停用', nameEn: 'Retired', urgent: false, active: false },
];

describe('CategoriesPage', () => {
  it('shows the tree with children under their parent, and edits a category', async () => {
    const fetch = vi.fn(async (request: Request) =>
      request.method === 'PUT'
        ? jsonResponse({ code: 'SALES_TO_MINORS', parentCode: 'ILLEGAL_SALES', ...(await request.clone().json()) })
        : jsonResponse(categories),
    );
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(CategoriesPage);
    const codes = () => wrapper.findAll('[data-testid="category-row"] td:first-child').map((c) => c.text());
    expect(codes()).toEqual(['ILLEGAL_SALES', 'SALES_TO_MINORS', 'RETIRED', 'E_CIGARETTE']);

    await wrapper.get('[data-testid="category-edit-SALES_TO_MINORS"]').trigger('click');
    expect((wrapper.get('[data-testid="category-code"]').element as HTMLInputElement).readOnly).toBe(true);
    await wrapper.get('[data-testid="category-en"]').setValue('Tobacco sold to minors');
    await wrapper.get('[data-testid="category-form"]').trigger('submit');
    await flushPromises();
    const put = fetch.mock.calls.find(([r]) => r.method === 'PUT')![0];
    expect(new URL(put.url).pathname).toBe('/api/complaints/categories/SALES_TO_MINORS');
    expect(await put.json()).toEqual({
      nameZh: '向未成年人售烟', nameEn: 'Tobacco sold to minors', urgent: true, active: true, parentCode: 'ILLEGAL_SALES',
    });
    expect(wrapper.text()).toContain('Tobacco sold to minors');
    wrapper.unmount();
  });

  it('adds a new child category and refuses a code that exists', async () => {
    const fetch = vi.fn(async (request: Request) =>
      request.method === 'PUT' ? jsonResponse({ code: 'HEATED_TOBACCO', ...(await request.clone().json()) }) : jsonResponse(categories),
    );
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountWithApp(CategoriesPage);
    await wrapper.get('[data-testid="category-new"]').trigger('click');
    await wrapper.get('[data-testid="category-code"]').setValue('RETIRED');
    await wrapper.get('[data-testid="category-zh"]').setValue('加热卷烟');
    await wrapper.get('[data-testid="category-en"]').setValue('Heated tobacco');
    await wrapper.get('[data-testid="category-form"]').trigger('submit');
    expect(wrapper.text()).toContain('该代码已存在');

    await wrapper.get('[data-testid="category-code"]').setValue('HEATED_TOBACCO');
    await wrapper.get('[data-testid="category-parent"]').setValue('E_CIGARETTE');
    await wrapper.get('[data-testid="category-form"]').trigger('submit');
    await flushPromises();
    const put = fetch.mock.calls.find(([r]) => r.method === 'PUT')![0];
    expect(await put.json()).toEqual({ nameZh: '加热卷烟', nameEn: 'Heated tobacco', urgent: false, active: true, parentCode: 'E_CIGARETTE' });
    const codes = wrapper.findAll('[data-testid="category-row"] td:first-child').map((c) => c.text());
    expect(codes.slice(-2)).toEqual(['E_CIGARETTE', 'HEATED_TOBACCO']);
    wrapper.unmount();
  });
});
