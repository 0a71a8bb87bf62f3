import type { Category } from './schema';
import { t } from './i18n';

/**
 * How each category looks: a colour that reads as an underline on light and
 * dark pages alike (mid-lightness, saturated).
 */
export const CATEGORY_STYLE: Record<Category, { color: string }> = {
  maritime: { color: '#1e88e5' },
  military: { color: '#e53935' },
  diplomacy: { color: '#43a047' },
  economy: { color: '#fb8c00' },
  security: { color: '#8e24aa' },
  cyber: { color: '#00897b' },
  alliances: { color: '#6d4c41' },
  other: { color: '#546e7a' },
};

/** The category's name in the UI language. */
export function categoryLabel(category: Category): string {
  return t(`category.${category}`);
}

/**
 * Every category's colour: the reader's choice where they made one (a valid
 * #rrggbb), the default elsewhere.
 */
export function categoryColors(chosen: Partial<Record<Category, string>> = {}): Record<Category, string> {
  const colors = {} as Record<Category, string>;
  for (const category of Object.keys(CATEGORY_STYLE) as Category[]) {
    const pick = chosen[category];
    colors[category] = typeof pick === 'string' && /^#[0-9a-fA-F]{6}$/.test(pick) ? pick : CATEGORY_STYLE[category].color;
  }
  return colors;
}
