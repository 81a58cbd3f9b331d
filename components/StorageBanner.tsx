import { useEffect, useState } from 'react';
import { describeDbError, getDb } from '@/lib/db';

const STORAGE_ERRORS = /QuotaExceeded|OpenFailed|VersionError|InvalidState|MissingAPI|DatabaseClosed|Blocked/;

/**
 * Shows, plainly, when storage cannot be opened or a write failed for lack of
 * room — whichever part of the page hit it.
 */
export function StorageBanner() {
  const [message, setMessage] = useState<string>();
  useEffect(() => {
    const db = getDb();
    db.open().catch((error: unknown) => setMessage(describeDbError(error)));
    const onBlocked = () => setMessage(describeDbError({ name: 'BlockedError' }));
    db.on('blocked', onBlocked);
    const onRejection = (event: PromiseRejectionEvent) => {
      const name = String((event.reason as { name?: unknown } | undefined)?.name ?? '');
      if (STORAGE_ERRORS.test(name)) setMessage(describeDbError(event.reason));
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      db.on('blocked').unsubscribe(onBlocked);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, []);
  if (!message) return null;
  return (
    <div role="alert" className="card" style={{ borderColor: 'var(--warm)', margin: 10 }}>
      {message}
    </div>
  );
}
