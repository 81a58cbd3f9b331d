export type PersistState = 'persisted' | 'best-effort' | 'unsupported';

/** Asks the browser to keep our data under storage pressure; reports the outcome. */
export async function requestPersistence(storage: StorageManager | undefined): Promise<PersistState> {
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}
