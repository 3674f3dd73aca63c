/**
 * French text as Intl writes it: thousands grouped with a narrow no-break space, so any
 * space matches any white space; the rest is matched to the letter.
 */
export const fr = (text: string) =>
  new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'));
