import type { Category, Topic } from '../data/schema';
import { CategoryDot } from './CategoryChip';

export interface TopicToggleListProps {
  topics: readonly Topic[];
  disabled: ReadonlySet<string>;
  onToggle(topicId: string, enabled: boolean): void;
  /** The reader's category colours, where they chose any. */
  colors?: Partial<Record<Category, string>>;
}

/** Every topic of the pack with a switch: on means highlighted on pages. */
export function TopicToggleList({ topics, disabled, onToggle, colors }: TopicToggleListProps) {
  return (
    <ul class="bm-toggles">
      {topics.map((topic) => {
        const enabled = !disabled.has(topic.id);
        return (
          <li class="bm-toggle" key={topic.id}>
            <label>
              <input
                type="checkbox"
                role="switch"
                checked={enabled}
                data-topic={topic.id}
                onChange={(event) => onToggle(topic.id, event.currentTarget.checked)}
              />
              <CategoryDot category={topic.category} color={colors?.[topic.category]} />
              <span class="bm-toggle-title">{topic.title}</span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
