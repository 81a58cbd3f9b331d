/** The product's mark and name, as the page's main heading. */
export function Brand({ subtitle }: { subtitle?: string }) {
  return (
    <header className="brand">
      <img src="/icon.svg" alt="" />
      <div>
        <h1 style={{ margin: 0 }}>Reciprocity</h1>
        {subtitle && <p className="muted" style={{ margin: 0, fontSize: '0.85rem' }}>{subtitle}</p>}
      </div>
    </header>
  );
}
