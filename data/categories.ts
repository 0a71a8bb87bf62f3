import type { Category } from './schema';

/**
 * How each category looks: a label and a colour that reads as an underline on
 * light and dark pages alike (mid-lightness, saturated).
 */
export const CATEGORY_STYLE: Record<Category, { label: string; color: string }> = {
  maritime: { label: 'Maritime', color: '#1e88e5' },
  military: { label: 'Military', color: '#e53935' },
  diplomacy: { label: 'Diplomacy', color: '#43a047' },
  economy: { label: 'Economy', color: '#fb8c00' },
  security: { label: 'Security', color: '#8e24aa' },
  cyber: { label: 'Cyber', color: '#00897b' },
  alliances: { label: 'Alliances', color: '#6d4c41' },
  other: { label: 'Other', color: '#546e7a' },
};

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
