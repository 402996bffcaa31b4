import type { Rollup } from 'vite';

type GetModuleInfo = Rollup.GetModuleInfo;
type ManualChunkMeta = Rollup.ManualChunkMeta;

/** Every module the entry imports statically, i.e. the first paint's code. */
function entryGraph(getModuleInfo: GetModuleInfo, ids: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...ids].filter((id) => getModuleInfo(id)?.isEntry);
  while (queue.length) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * Fewer, larger chunks behind the routes: Rollup would split the Vant components and the small
 * shared modules (API, data, validation, features) that pages share into one file per
 * combination of pages, and the report page alone fetched 28 files. Here the Vant components
 * the pages use are one chunk (with one CSS file), the shared modules another, and the consoles'
 * list and table parts (components/console: ConsoleList, PagedTable, FilterSelect, …) a third,
 * so that a new part does not add a file, and its name to the entry's preload map. The first
 * paint's modules stay in the entry (named 'app', which Rollup merges into it): a manual chunk
 * would otherwise take the dependencies nobody claimed, Vue included.
 */
export function lazyChunks() {
  let first: Set<string> | undefined;
  return (id: string, { getModuleInfo, getModuleIds }: ManualChunkMeta): string | undefined => {
    first ??= entryGraph(getModuleInfo, getModuleIds());
    if (first.has(id)) return 'app';
    if (/[\\/]node_modules[\\/](vant|@vant)[\\/]/.test(id)) return 'vant';
    if (/[\\/]src[\\/](api|data|validation|features)[\\/]/.test(id)) return 'shared';
    if (/[\\/]src[\\/]components[\\/]console[\\/]/.test(id)) return 'console-parts';
    return undefined;
  };
}
