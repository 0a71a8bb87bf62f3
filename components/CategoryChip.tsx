import type { Category } from '../data/schema';
import { CATEGORY_STYLE, categoryLabel } from '../data/categories';

export function CategoryChip({ category }: { category: Category }) {
  const style = CATEGORY_STYLE[category];
  return (
    <span class="bm-chip" style={{ '--bm-category': style.color }}>
      {categoryLabel(category)}
    </span>
  );
}

/** The category as a coloured dot, where a label would crowd the line. `color` is the reader's choice. */
export function CategoryDot({ category, color }: { category: Category; color?: string }) {
  const style = CATEGORY_STYLE[category];
  return <span class="bm-dot" style={{ background: color ?? style.color }} title={categoryLabel(category)} aria-hidden="true" />;
}
