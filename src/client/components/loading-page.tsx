/** Shown while a live query has not answered yet (hooks return undefined until then). */
export function LoadingPage({ title }: { title: string }) {
  return (
    <div aria-busy="true">
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body" role="status">
        Loading…
      </p>
    </div>
  );
}
