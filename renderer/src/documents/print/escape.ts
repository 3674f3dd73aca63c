/** Everything printed comes from the user's data: escape it all, attributes included. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Escaped text with its line breaks kept. */
export function escapeLines(value: string): string {
  return value.split('\n').map(escapeHtml).join('<br>');
}
