import type { Category, Topic } from '../data/schema';
import type { AliasConflict } from '../data/library';
import { CategoryColors } from './CategoryColors';
import { TopicToggleList } from './TopicToggleList';
import { t } from '../data/i18n';

export interface SettingsTopic {
  topic: Topic;
  packId: string;
  packTitle: string;
}

export interface TopicSettingsListProps {
  /** Every topic of the enabled packs, in library order (resolveLibrary's `pack.topics` with `origin`). */
  topics: readonly SettingsTopic[];
  disabled: ReadonlySet<string>;
  colors: Record<Category, string>;
  /** Aliases two packs claim (resolveLibrary's `conflicts`). */
  conflicts?: readonly AliasConflict[];
  onToggle(topicId: string, enabled: boolean): void;
  onColorChange(category: Category, color: string): void;
}

interface PackGroup {
  packId: string;
  packTitle: string;
  topics: Topic[];
}

/** Consecutive topics of one pack, as one group. */
function groupByPack(topics: readonly SettingsTopic[]): PackGroup[] {
  const groups: PackGroup[] = [];
  for (const { topic, packId, packTitle } of topics) {
    let group = groups.at(-1);
    if (group?.packId !== packId) {
      group = { packId, packTitle, topics: [] };
      groups.push(group);
    }
    group.topics.push(topic);
  }
  return groups;
}

/**
 * The options page's topics: each pack's topics with their switches (the
 * popup's own list), the aliases two packs share and who keeps them, and the
 * category colours.
 */
export function TopicSettingsList({ topics, disabled, colors, conflicts = [], onToggle, onColorChange }: TopicSettingsListProps) {
  const groups = groupByPack(topics);
  return (
    <div class="bm-topic-settings">
      {groups.map((group) => {
        const on = group.topics.filter((topic) => !disabled.has(topic.id)).length;
        const headingId = `bm-topics-${group.packId}`;
        return (
          <section class="bm-topic-group" data-pack={group.packId} aria-labelledby={headingId} key={group.packId}>
            <h3 class="bm-topic-group-title" id={headingId}>
              {group.packTitle}{' '}
              <span class="bm-topic-group-count">
                {t('options.groupCount', { on, total: group.topics.length })}
              </span>
            </h3>
            <TopicToggleList topics={group.topics} disabled={disabled} onToggle={onToggle} colors={colors} />
          </section>
        );
      })}
      {groups.length === 0 && <p class="bm-empty">{t('options.noTopics')}</p>}
      {conflicts.length > 0 && <AliasConflictList conflicts={conflicts} topics={topics} />}
      <CategoryColors colors={colors} onChange={onColorChange} />
    </div>
  );
}

/** Aliases claimed by more than one pack, and which topic highlights them. */
export function AliasConflictList({
  conflicts,
  topics,
}: {
  conflicts: readonly AliasConflict[];
  topics: readonly SettingsTopic[];
}) {
  const byId = new Map(topics.map((entry) => [entry.topic.id, entry]));
  const name = (topicId: string) => {
    const entry = byId.get(topicId);
    return entry ? `${entry.topic.title} (${entry.packTitle})` : topicId;
  };
  return (
    <section class="bm-conflicts" aria-labelledby="bm-conflicts-title">
      <h3 class="bm-topic-group-title" id="bm-conflicts-title">
        {t('options.sharedAliases')}
      </h3>
      <p class="bm-conflicts-rule">{t('options.sharedAliasesRule')}</p>
      <ul class="bm-conflict-list">
        {conflicts.map((conflict) => (
          <li class="bm-conflict" key={`${conflict.kept.topicId}-${conflict.alias}`} data-topic={conflict.kept.topicId}>
            {t('options.conflict', {
              alias: conflict.alias,
              kept: name(conflict.kept.topicId),
              dropped: conflict.dropped.map((dropped) => name(dropped.topicId)).join(', '),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
