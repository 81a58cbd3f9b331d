/** Turns a storage failure into a plain sentence a person can act on. */
export function describeDbError(error: unknown): string {
  const name = errorName(error);
  switch (name) {
    case 'QuotaExceededError':
      return 'Your browser has no room left to save this. Nothing already saved was lost. Freeing some disk space, or exporting and deleting old drafts, will make room.';
    case 'VersionError':
      return 'This data was saved by a newer version of Reciprocity. Update the extension to open it; nothing has been changed.';
    case 'BlockedError':
    case 'Blocked':
      return 'Another Reciprocity window is holding the database open. Close other Reciprocity tabs or the side panel, then try again.';
    case 'InvalidStateError':
    case 'MissingAPIError':
      return 'This browser profile does not allow extensions to store data (private windows often don’t). Nothing can be saved here.';
    default:
      return 'Reciprocity could not reach its storage just now. Nothing already saved was lost; try again in a moment.';
  }
}

function errorName(error: unknown): string {
  if (!error || typeof error !== 'object') return '';
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  // Dexie wraps the browser's DOMException; the inner name is the useful one.
  if (name === 'OpenFailedError' || name === 'AbortError') return errorName(inner) || String(name);
  return typeof name === 'string' ? name : '';
}
