/**
 * How two aliases compare for "the same alias": case and spacing folded.
 * Its own module, free of the schema library, so the content script can use it.
 */
export function aliasKey(alias: string): string {
  return alias.trim().toLowerCase().replace(/[\s\u00a0\u2010-\u2015-]+/g, ' ');
}
