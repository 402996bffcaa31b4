import { defineComponent, h, ref } from 'vue';
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
      const open = ref('');
      void list.load(true);
      return () =>
        h(
          PagedTable<Row>,
          {
            list, headings: ['name', 'id'], error, moreTestid: 'rows-more', 'data-testid': 'rows-table',
            open: open.value, 'onUpdate:open': (id: string | undefined) => (open.value = id ?? ''),
          },
          {
            row: ({ item }: { item: Row }) =>
              h('tr', { 'data-testid': 'row' }, [
                h('td', item.name),
                h('td', [h('button', { 'data-testid': `open-${item.id}`, onClick: () => (open.value = item.id) }, item.id)]),
              ]),
            detail: ({ item }: { item: Row }) => h('form', { 'data-testid': 'detail' }, `step on ${item.name}`),
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

  it('shows the detail of the open row only, in a row across all columns under it', async () => {
    const rows = [{ id: '1', name: 'one' }, { id: '2', name: 'two' }];
    const { wrapper } = await mountWithApp(page(async () => ({ items: rows, total: 2 })));
    expect(wrapper.find('[data-testid="detail"]').exists()).toBe(false);
    await wrapper.get('[data-testid="open-2"]').trigger('click');
    const detail = wrapper.get('[data-testid="detail"]');
    expect(detail.text()).toBe('step on two');
    expect(detail.element.closest('td')!.getAttribute('colspan')).toBe('2');
    const trs = wrapper.findAll('tbody > tr');
    expect(trs.map((tr) => tr.find('[data-testid="detail"]').exists())).toEqual([false, false, true]);
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
