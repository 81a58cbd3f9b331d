import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { getDb, requestPersistence } from '@/lib/db';
import '@/components/theme.css';

/** Mounts a page's root and asks, once, for durable storage. */
export function mount(app: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('missing #root');
  createRoot(root).render(<StrictMode>{app}</StrictMode>);
  void getDb().open();
  void requestPersistence(navigator.storage);
}
