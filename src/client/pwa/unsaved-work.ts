/**
 * Whether the page holds a form the user has started filling in since it was
 * last submitted. Watched through input events on the document, so every
 * form counts without each screen registering itself (React keeps the DOM's
 * default values in step with controlled fields, so comparing a field with
 * its default value would not tell).
 */
const touched = new WeakSet<HTMLFormElement>();
const watching = new WeakSet<Document>();

function formOf(target: EventTarget | null): HTMLFormElement | null {
  return target instanceof Element ? target.closest('form') : null;
}

export function watchFormInput(doc: Document = document): void {
  if (watching.has(doc)) return;
  watching.add(doc);
  const mark = (e: Event) => {
    const form = formOf(e.target);
    if (form) touched.add(form);
  };
  doc.addEventListener('input', mark, true);
  doc.addEventListener('change', mark, true);
  doc.addEventListener(
    'submit',
    (e) => {
      if (e.target instanceof HTMLFormElement) touched.delete(e.target);
    },
    true,
  );
}

export function hasUnsavedFormInput(root: ParentNode = document): boolean {
  return Array.from(root.querySelectorAll('form')).some((form) => touched.has(form));
}
