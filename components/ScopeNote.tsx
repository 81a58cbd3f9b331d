import { SCOPE_NOTE, SUPPORT_DIRECTORY } from '@/lib/content';

/** The education-only scope, with the persistent "Get support" link. */
export function ScopeNote({ compact = false }: { compact?: boolean }) {
  return (
    <p className="muted" style={{ fontSize: '0.85rem' }}>
      {!compact && <>{SCOPE_NOTE} </>}
      <a href={SUPPORT_DIRECTORY.url} target="_blank" rel="noreferrer noopener">
        {SUPPORT_DIRECTORY.label}
      </a>
    </p>
  );
}
