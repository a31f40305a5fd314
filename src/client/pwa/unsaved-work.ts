/**
 * Whether the page holds a form the user has started filling in. Read from
 * the DOM so that every form counts without each screen registering itself:
 * a field whose value differs from its initial value means work in progress.
 */
export function hasUnsavedFormInput(root: ParentNode = document): boolean {
  const fields = root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    'form input, form textarea, form select',
  );
  for (const field of fields) {
    if (field instanceof HTMLSelectElement) {
      if (Array.from(field.options).some((o) => o.selected !== o.defaultSelected)) return true;
    } else if (field.type === 'checkbox' || field.type === 'radio') {
      if ((field as HTMLInputElement).checked !== (field as HTMLInputElement).defaultChecked)
        return true;
    } else if (
      field.type !== 'hidden' &&
      field.type !== 'submit' &&
      field.value !== field.defaultValue
    ) {
      return true;
    }
  }
  return false;
}
