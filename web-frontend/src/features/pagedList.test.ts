import { describe, expect, it, vi } from 'vitest';
import { usePagedList } from './pagedList';

type Row = { id: string; name: string; note?: string };
const row = (id: string, name = id): Row => ({ id, name });

describe('usePagedList', () => {
  it('starts over with load(true), appends the next page with load() and stops after the last', async () => {
    const fetchPage = vi.fn(async (cursor: string | undefined) =>
      cursor ? { items: [row('c')], total: 3 } : { items: [row('a'), row('b')], total: 3, nextCursor: 'p2' },
    );
    const list = usePagedList<Row>(fetchPage);
    await list.load(true);
    await list.load();
    await list.load();
    expect(fetchPage.mock.calls.map(([c]) => c)).toEqual([undefined, 'p2']);
    expect(list.items.value.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(list.total.value).toBe(3);
    await list.load(true);
    expect(list.items.value.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('keeps the failure as an ApiError and loads nothing twice at once', async () => {
    let fail = true;
    const fetchPage = vi.fn(async () => {
      if (fail) throw new TypeError('network');
      return { items: [row('a')], total: 1 };
    });
    const list = usePagedList<Row>(fetchPage);
    await list.load(true);
    expect(list.error.value?.title).toBeTruthy();
    expect(list.loaded.value).toBe(false);
    fail = false;
    await Promise.all([list.load(true), list.load(true)]);
    expect(fetchPage).toHaveBeenCalledTimes(2);
    expect(list.error.value).toBeUndefined();
  });

  it('updates, prepends and drops items by id, keeping the total right', async () => {
    const list = usePagedList<Row>(async () => ({ items: [row('a', 'A'), row('b', 'B')], total: 2 }));
    await list.load(true);
    list.update({ id: 'b', name: 'B2' });
    list.update({ id: 'z', name: 'absent' });
    expect(list.items.value).toEqual([row('a', 'A'), row('b', 'B2')]);

    list.items.value = [{ ...row('a', 'A'), note: 'kept' }, row('b', 'B2')];
    list.update({ id: 'a', name: 'A2' });
    expect(list.items.value[0]).toEqual({ id: 'a', name: 'A2', note: 'kept' });

    list.prepend(row('n', 'N'));
    expect(list.items.value.map((r) => r.id)).toEqual(['n', 'a', 'b']);
    expect(list.total.value).toBe(3);
    list.drop(row('a'));
    expect(list.items.value.map((r) => r.id)).toEqual(['n', 'b']);
    expect(list.total.value).toBe(2);
  });
});
