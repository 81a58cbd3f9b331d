import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, type ReciprocityDB } from '@/lib/db';

/** Marks "still loading", so it can be told apart from a query that found nothing. */
export const LOADING = Symbol('loading');

/** A live Dexie query over the shared database; re-renders when any context writes. */
export function useDbQuery<T>(query: (db: ReciprocityDB) => Promise<T>, deps: unknown[] = []): T | typeof LOADING {
  return useLiveQuery(() => query(getDb()), deps, LOADING as T | typeof LOADING);
}
