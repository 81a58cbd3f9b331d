import type { ClarityReport } from '@/lib/clarity';
import { CLEAR_REQUEST_PARTS } from '@/lib/content';

/** Which parts of a clear request are there — a nudge, never a gate. */
export function Parts({ report }: { report: ClarityReport }) {
  return (
    <ul className="parts" aria-label="Parts of a clear request">
      {CLEAR_REQUEST_PARTS.map(([key, label]) => (
        <li key={key} data-present={report.elements[key]}>
          {label}
          <span className="visually-hidden">{report.elements[key] ? ' (present)' : ' (missing)'}</span>
        </li>
      ))}
    </ul>
  );
}
