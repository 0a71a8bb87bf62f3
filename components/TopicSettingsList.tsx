import type { Category, Topic } from '../data/schema';
import type { AliasConflict } from '../data/library';
import { CategoryColors } from './CategoryColors';
import { TopicToggleList } from './TopicToggleList';
import { ShowMore, PAGE_SIZE } from './ShowMore';
import { t } from '../data/i18n';
import { newSearchCache, searchTopics } from '../data/topic-search';
import type { Slicing } from '../data/slicing';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';

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
  /** How a search over a big library lets the page run. */
  slicing: Slicing;
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
 * The options page's topics: a search over every pack's titles and names,
 * each pack's topics with their switches (the popup's own list), a page at a
 * time, the aliases two packs share and who keeps them, and the category
 * colours.
 */
export function TopicSettingsList({ topics, disabled, colors, conflicts = [], onToggle, onColorChange, slicing }: TopicSettingsListProps) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<readonly SettingsTopic[]>(topics);
  const [shown, setShown] = useState(PAGE_SIZE);
  const cache = useRef(newSearchCache());
  useEffect(() => {
    let stale = false;
    void searchTopics(topics.map((entry) => entry.topic), query, cache.current, slicing, () => stale).then((indices) => {
      if (indices) setFound(indices.map((index) => topics[index]!));
    });
    return () => {
      stale = true;
    };
  }, [topics, query]);
  // Each pack's count is of all its topics, whatever the search or the page shows.
  const counts = useMemo(() => {
    const byPack = new Map<string, { on: number; total: number }>();
    for (const { topic, packId } of topics) {
      const count = byPack.get(packId) ?? { on: 0, total: 0 };
      count.total++;
      if (!disabled.has(topic.id)) count.on++;
      byPack.set(packId, count);
    }
    return byPack;
  }, [topics, disabled]);
  const searching = query.trim() !== '';
  const listed = searching ? found : topics;
  const groups = groupByPack(listed.slice(0, shown));
  return (
    <div class="bm-topic-settings">
      <div class="bm-topic-search" role="search">
        <label for="bm-topic-search">{t('options.searchTopics')}</label>
        <input
          id="bm-topic-search"
          type="search"
          value={query}
          placeholder={t('options.searchPlaceholder')}
          aria-describedby="bm-topic-search-count"
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            setShown(PAGE_SIZE);
          }}
        />
        <p id="bm-topic-search-count" class="bm-topic-search-count" aria-live="polite">
          {searching ? t('options.searchCount', { count: listed.length, query: query.trim() }) : t('count.topics', { count: topics.length })}
        </p>
      </div>
      {groups.map((group) => {
        const { on, total } = counts.get(group.packId) ?? { on: 0, total: 0 };
        const headingId = `bm-topics-${group.packId}`;
        return (
          <section class="bm-topic-group" data-pack={group.packId} aria-labelledby={headingId} key={group.packId}>
            <h3 class="bm-topic-group-title" id={headingId}>
              {group.packTitle}{' '}
              <span class="bm-topic-group-count">
                {t('options.groupCount', { on, total })}
              </span>
            </h3>
            <TopicToggleList topics={group.topics} disabled={disabled} onToggle={onToggle} colors={colors} />
          </section>
        );
      })}
      <ShowMore shown={shown} total={listed.length} onMore={() => setShown(shown + PAGE_SIZE)} />
      {topics.length === 0 && <p class="bm-empty">{t('options.noTopics')}</p>}
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
  const [shown, setShown] = useState(PAGE_SIZE);
  const byId = useMemo(() => new Map(topics.map((entry) => [entry.topic.id, entry])), [topics]);
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
        {conflicts.slice(0, shown).map((conflict) => (
          <li class="bm-conflict" key={`${conflict.kept.topicId}-${conflict.alias}`} data-topic={conflict.kept.topicId}>
            {t('options.conflict', {
              alias: conflict.alias,
              kept: name(conflict.kept.topicId),
              dropped: conflict.dropped.map((dropped) => name(dropped.topicId)).join(', '),
            })}
          </li>
        ))}
      </ul>
      <ShowMore shown={shown} total={conflicts.length} onMore={() => setShown(shown + PAGE_SIZE)} />
    </section>
  );
}
