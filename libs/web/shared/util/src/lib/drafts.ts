const PREFIX = 'leerruimte.draft:';

/**
 * What someone was typing, kept in this tab's session storage so a session that expires while
 * typing (or a reload) loses nothing. Session storage, not local storage: on a shared computer
 * a private reflection must not outlive the tab, and logging out forgets every draft.
 */
function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    // Storage can be blocked; drafts then last as long as the page.
    return undefined;
  }
}

export function readDraft<T>(key: string): T | undefined {
  try {
    const stored = storage()?.getItem(PREFIX + key);
    return stored ? (JSON.parse(stored) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, value: unknown): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Full or blocked: the draft is a convenience, the form still works.
  }
}

export function forgetDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}

export function forgetAllDrafts(): void {
  const store = storage();
  if (!store) return;
  for (const key of Object.keys(store)) {
    if (key.startsWith(PREFIX)) store.removeItem(key);
  }
}
