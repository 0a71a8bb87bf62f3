import type { Category } from '../data/schema';
import { CATEGORY_STYLE, categoryLabel } from '../data/categories';

/**
 * The category as a label with a dot of its colour. The label is in the
 * card's own text colour, not the category's: a reader's chosen colour (or a
 * light one on a light card) would not keep its contrast as text.
 */
export function CategoryChip({ category, color }: { category: Category; color?: string }) {
  const style = CATEGORY_STYLE[category];
  return (
    <span class="bm-chip" style={{ '--bm-category': color ?? style.color }}>
      <span class="bm-chip-dot" aria-hidden="true" />
      {categoryLabel(category)}
    </span>
  );
}

/** The category as a coloured dot, where a label would crowd the line. `color` is the reader's choice. */
export function CategoryDot({ category, color }: { category: Category; color?: string }) {
  const style = CATEGORY_STYLE[category];
  return <span class="bm-dot" style={{ background: color ?? style.color }} title={categoryLabel(category)} aria-hidden="true" />;
}
