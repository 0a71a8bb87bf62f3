/**
 * How two aliases compare for "the same alias": case and spacing folded.
 * Its own module, free of the schema library, so the content script can use it.
 */
export function aliasKey(alias: string): string {
  return alias.trim().toLowerCase().replace(/[\s\u00a0\u2010-\u2015-]+/g, ' ');
}

/** The text of a name, whichever form it is written in (a string, or `{ text, ... }`). */
export function aliasText(alias: string | { text: string }): string {
  return typeof alias === 'string' ? alias : alias.text;
}
