import type { ClarityReport } from '@/lib/clarity';

const PARTS: [keyof ClarityReport['elements'], string][] = [
  ['ask', 'The ask'],
  ['when', 'When'],
  ['size', 'How big'],
  ['why', 'Why'],
  ['easyNo', 'An easy no'],
];

/** Which parts of a clear request are there — a nudge, never a gate. */
export function Parts({ report }: { report: ClarityReport }) {
  return (
    <ul className="parts" aria-label="Parts of a clear request">
      {PARTS.map(([key, label]) => (
        <li key={key} data-present={report.elements[key]}>
          {label}
          <span className="visually-hidden">{report.elements[key] ? ' (present)' : ' (missing)'}</span>
        </li>
      ))}
    </ul>
  );
}
