import { inUiLanguage, languageName, t } from '../data/i18n';

/**
 * "Briefing in English": said where the pack's summaries and facts are in
 * another language than Briefmark's own words, so the switch is no surprise.
 */
export function PackLanguageNote({ packLanguage }: { packLanguage?: string }) {
  if (!packLanguage || inUiLanguage(packLanguage)) return null;
  return <p class="bm-pack-language">{t('language.packLanguage', { language: languageName(packLanguage) })}</p>;
}
