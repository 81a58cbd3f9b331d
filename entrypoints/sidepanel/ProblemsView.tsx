import { PROBLEMS, type TemplateId } from '@/lib/content';

export function ProblemsView({ onOpen }: { onOpen: (id: TemplateId) => void }) {
  return (
    <ul className="plain">
      {PROBLEMS.map((p) => (
        <li key={p.id} className="card stack">
          <h2>{p.problem}</h2>
          <p>
            <strong>Experiment:</strong> {p.experiment}
          </p>
          <p>
            <strong>What to watch:</strong> {p.watch}
          </p>
          <button onClick={() => onOpen(p.templateId)}>Try it with a template</button>
        </li>
      ))}
    </ul>
  );
}
