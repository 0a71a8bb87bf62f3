import type { Category } from '../data/schema';
import { CATEGORY_STYLE } from '../data/categories';

export function CategoryChip({ category }: { category: Category }) {
  const style = CATEGORY_STYLE[category];
  return (
    <span class="bm-chip" style={{ '--bm-category': style.color }}>
      {style.label}
    </span>
  );
}
