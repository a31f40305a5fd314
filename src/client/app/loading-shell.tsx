/**
 * What the router shows while the first screen's code loads (its
 * HydrateFallback): every route is lazy, so there is always a moment before
 * the first screen can be drawn.
 */
export function LoadingShell() {
  return (
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
        <p className="govuk-body" role="status">
          Loading…
        </p>
      </main>
    </div>
  );
}
