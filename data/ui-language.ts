/**
 * The reader's choice of UI language, as a WXT storage item, and applying it
 * in an extension page or script. Defining the item touches no browser API;
 * `followUiLanguage` reads and watches it, called only from entrypoints.
 */
import { storage } from '#imports';
import { resolveLanguage, setUiLanguage, type LanguagePreference } from './i18n';

/** "auto" follows the browser's language. Small and per-reader: sync storage. */
export const uiLanguageItem = storage.defineItem<LanguagePreference>('sync:uiLanguage', {
  fallback: 'auto',
  version: 1,
});

/**
 * Applies the stored choice (a value that is no known language means "auto")
 * and re-applies it whenever any part of the extension changes it, then calls
 * `onChange` so the caller redraws. Resolves once the first choice applies;
 * the result stops watching.
 */
export async function followUiLanguage(browserLanguage: string, onChange: () => void): Promise<() => void> {
  const apply = (preference: unknown) => setUiLanguage(resolveLanguage(preference, browserLanguage));
  const unwatch = uiLanguageItem.watch((preference) => {
    apply(preference);
    onChange();
  });
  try {
    apply(await uiLanguageItem.getValue());
  } catch {
    // Storage unavailable: the browser's language still applies.
    apply('auto');
  }
  return unwatch;
}
