import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { requestPersistence } from '@/lib/db';
import { StorageBanner } from './StorageBanner';
import '@/components/theme.css';

/** Mounts a page's root, with the storage banner, and asks once for durable storage. */
export function mount(app: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('missing #root');
  createRoot(root).render(
    <StrictMode>
      <StorageBanner />
      {app}
    </StrictMode>,
  );
  void requestPersistence(navigator.storage);
}
