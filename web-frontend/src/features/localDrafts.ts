import type { Application, ApplicationDraft } from '@/api/licensing';

/**
 * A draft's changes kept on this device until the server has them: what the retailer typed
 * (`draft`), and the server version it was typed over (`baseVersion`). Nothing else is kept:
 * the ID number and mobile stay only as long as the changes are unsent.
 */
export interface KeptDraft {
  draft: ApplicationDraft;
  baseVersion: number;
  savedAt: string;
}

const PREFIX = 'tobacco.draft.';

export function keptDraft(applicationId: string) {
  const key = PREFIX + applicationId;
  return {
    load(): KeptDraft | undefined {
      try {
        const raw = localStorage.getItem(key);
        if (!raw) return undefined;
        const kept = JSON.parse(raw) as KeptDraft;
        return kept && typeof kept.baseVersion === 'number' && kept.draft ? kept : undefined;
      } catch {
        return undefined;
      }
    },
    save(draft: ApplicationDraft, baseVersion: number): KeptDraft {
      const kept = { draft, baseVersion, savedAt: new Date().toISOString() };
      try {
        localStorage.setItem(key, JSON.stringify(kept));
      } catch {
        // storage full or refused: the changes stay in the open form, as before
      }
      return kept;
    },
    clear(): void {
      try {
        localStorage.removeItem(key);
      } catch {
        // nothing kept
      }
    },
  };
}

/** The application as the form should open it: the server's copy with the kept changes over it. */
export function withKeptChanges(server: Application, draft: ApplicationDraft): Application {
  const { premises, ...rest } = draft;
  const merged = { ...server, ...rest } as Application;
  if (premises) merged.premises = { ...server.premises, ...premises } as Application['premises'];
  return merged;
}

/** The fields whose kept value differs from the server's copy, as [field path, mine, theirs]. */
export function differences(server: Application, draft: ApplicationDraft): [string, string, string][] {
  const shown = (value: unknown) => (value === undefined || value === null ? '' : String(value));
  const rows: [string, string, string][] = [];
  const { premises, type: _type, ...rest } = draft;
  for (const [field, mine] of Object.entries(rest)) {
    const theirs = (server as unknown as Record<string, unknown>)[field];
    if (shown(mine) !== shown(theirs)) rows.push([field, shown(mine), shown(theirs)]);
  }
  for (const [field, mine] of Object.entries(premises ?? {})) {
    const theirs = (server.premises as Record<string, unknown> | undefined)?.[field];
    if (shown(mine) !== shown(theirs)) rows.push([`premises.${field}`, shown(mine), shown(theirs)]);
  }
  return rows;
}
