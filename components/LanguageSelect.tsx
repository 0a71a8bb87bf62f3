import { LANGUAGES, languageName, resolveLanguage, t, type LanguagePreference } from '../data/i18n';

/**
 * The UI language: "Browser default" (naming what that is now), then each
 * language in its own name, so a reader lost in a language they cannot read
 * still finds theirs.
 */
export function LanguageSelect({
  value,
  browserLanguage,
  onChange,
}: {
  value: LanguagePreference;
  browserLanguage: string;
  onChange(language: LanguagePreference): void;
}) {
  const browserDefault = resolveLanguage('auto', browserLanguage).language;
  return (
    <label class="bm-language">
      <span class="bm-language-label">{t('language.label')}</span>
      <select
        name="language"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as LanguagePreference)}
      >
        <option value="auto">{t('language.browserDefault', { language: languageName(browserDefault) })}</option>
        {Object.entries(LANGUAGES).map(([code, name]) => (
          <option value={code} lang={code} key={code}>
            {name}
          </option>
        ))}
      </select>
      <span class="bm-hint">{t('language.hint')}</span>
    </label>
  );
}
