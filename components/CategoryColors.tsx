import { CATEGORIES, type Category } from '../data/schema';
import { CATEGORY_STYLE, categoryLabel } from '../data/categories';
import { t } from '../data/i18n';

export interface CategoryColorsProps {
  colors: Record<Category, string>;
  onChange(category: Category, color: string): void;
}

/**
 * A colour picker per category. Reports on `change` (when the reader settles
 * on a colour), not on every `input` while they drag: each report may be a
 * sync-storage write, and those are rationed.
 */
export function CategoryColors({ colors, onChange }: CategoryColorsProps) {
  return (
    <fieldset class="bm-category-colors">
      <legend class="bm-panel-title">{t('options.categoryColours')}</legend>
      <ul class="bm-category-color-list">
        {CATEGORIES.map((category) => {
          const { color: fallback } = CATEGORY_STYLE[category];
          const label = categoryLabel(category);
          const color = colors[category];
          return (
            <li class="bm-category-color" key={category}>
              <label>
                <input
                  type="color"
                  value={color}
                  data-category={category}
                  onChange={(event) => onChange(category, event.currentTarget.value)}
                />
                <span>{label}</span>
              </label>
              {color.toLowerCase() !== fallback && (
                <button
                  type="button"
                  class="bm-link-button"
                  aria-label={t('options.resetColour', { category: label })}
                  onClick={() => onChange(category, fallback)}
                >
                  {t('options.reset')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
