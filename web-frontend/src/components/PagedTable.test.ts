import { defineComponent, h } from 'vue';
import { describe, expect, it } from 'vitest';
import { flushPromises, mountWithApp } from '@/test/mount';
import { ApiError } from '@/api/problem';
import { usePagedList } from '@/features/pagedList';
import PagedTable from './PagedTable.vue';

type Row = { id: string; name: string };

/** A page using the table as the consoles do: headings, one row per item, an optional action error. */
function page(fetchPage: (cursor: string | undefined) => Promise<{ items: Row[]; total: number; nextCursor?: string }>, error?: ApiError) {
  return defineComponent({
    setup() {
      const list = usePagedList<Row>(fetchPage);
      void list.load(true);
      return () =>
        h(
          PagedTable<Row>,
          { list, headings: ['name', 'id'], error, moreTestid: 'rows-more', 'data-testid': 'rows-table' },
          {
            row: ({ item }: { item: Row }) => h('tr', { 'data-testid': 'row' }, [h('td', item.name), h('td', item.id)]),
          },
        );
    },
  });
}

const problem = (title: string) => new ApiError({ type: '/problems/test', title, status: 409 });

describe('PagedTable', () => {
  it('renders a row per item into the table that carries the attributes, and loads more on demand', async () => {
    const pages: Record<string, { items: Row[]; total: number; nextCursor?: string }> = {
      first: { items: [{ id: '1', name: 'one' }], total: 2, nextCursor: 'p2' },
      p2: { items: [{ id: '2', name: 'two' }], total: 2 },
    };
    const { wrapper } = await mountWithApp(page(async (cursor) => pages[cursor ?? 'first']!));
    const table = wrapper.get('table[data-testid="rows-table"]');
    expect(table.findAll('th').map((th) => th.text())).toEqual(['name', 'id']);
    expect(wrapper.findAll('[data-testid="row"]').map((r) => r.text())).toEqual(['one1']);

    await wrapper.get('[data-testid="rows-more"]').trigger('click');
    await flushPromises();
    expect(wrapper.findAll('[data-testid="row"]').map((r) => r.text())).toEqual(['one1', 'two2']);
    expect(wrapper.find('[data-testid="rows-more"]').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('暂无数据');
    wrapper.unmount();
  });

  it('says the list is empty across all columns once loaded', async () => {
    const { wrapper } = await mountWithApp(page(async () => ({ items: [], total: 0 })));
    const empty = wrapper.get('td.empty');
    expect(empty.text()).toBe('暂无数据');
    expect(empty.attributes('colspan')).toBe('2');
    wrapper.unmount();
  });

  it('offers a retry when the list failed, and shows the error of a step taken on a row', async () => {
    let fail = true;
    const { wrapper } = await mountWithApp(
      page(async () => {
        if (fail) throw problem('列表暂不可用');
        return { items: [{ id: '1', name: 'one' }], total: 1 };
      }),
    );
    expect(wrapper.get('[data-testid="problem"]').text()).toContain('列表暂不可用');
    fail = false;
    await wrapper.get('[data-testid="problem"] button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="problem"]').exists()).toBe(false);
    expect(wrapper.findAll('[data-testid="row"]')).toHaveLength(1);
    wrapper.unmount();

    const withStep = await mountWithApp(page(async () => ({ items: [], total: 0 }), problem('已被他人处理')));
    expect(withStep.wrapper.get('[data-testid="problem"]').text()).toContain('已被他人处理');
    expect(withStep.wrapper.find('[data-testid="problem"] button').exists()).toBe(false);
    withStep.wrapper.unmount();
  });
});
