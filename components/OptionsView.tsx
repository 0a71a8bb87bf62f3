import { DensitySettings } from './DensitySettings';
import type { Density } from '../data/density';
import { useMemo, useState } from 'preact/hooks';
import type { Slicing } from '../data/slicing';
import type { ImportProgress } from '../data/sliced-import';
import { CATEGORIES, type Category, type Pack } from '../data/schema';
import type { LibraryPack, ResolvedLibrary } from '../data/resolve-library';
import { formatDay, isStale, daysSince } from '../data/dates';
import { allNames } from '../data/topic-terms';
import { aliasText } from '../data/alias-key';
import { categoryLabel } from '../data/categories';
import { ownTopicFields, type OwnTopicEdit } from '../data/own-topic-edit';
import { TopicSettingsList } from './TopicSettingsList';
import { Timeline, type TimelineSelection } from './Timeline';
import { Notice } from './Notice';
import { LanguageSelect } from './LanguageSelect';
import { ErrorList } from './ErrorList';
import { CategoryDot } from './CategoryChip';
import { t, type LanguagePreference, type MessageKey } from '../data/i18n';
import { OWN_TOPICS_PACK_ID } from '../data/library';

/** What an action reports back: nothing or `{ done }` (it worked), or messages to show next to its input. */
export type Outcome = Promise<string[] | void | { done: string }>;

/** The options page's views, each its own short page under one hash. */
export const OPTIONS_VIEWS = ['packs', 'topics', 'own', 'paused', 'timeline', 'backup'] as const;
export type OptionsViewName = (typeof OPTIONS_VIEWS)[number];

const VIEW_LABEL: Record<OptionsViewName, MessageKey> = {
  packs: 'options.packs',
  topics: 'options.topicsAndColours',
  own: 'options.ownTopics',
  paused: 'options.pausedSites',
  timeline: 'options.timeline',
  backup: 'options.backUp',
};

/** The view a location hash names ("#timeline"); the packs where it names none. */
export function viewOfHash(hash: string): OptionsViewName {
  const name = hash.replace(/^#/, '');
  return (OPTIONS_VIEWS as readonly string[]).includes(name) ? (name as OptionsViewName) : 'packs';
}

export interface OptionsViewProps {
  view: OptionsViewName;
  library: readonly LibraryPack[];
  /** The library merged, for the topics and the timeline; undefined while it is worked out. */
  resolved: ResolvedLibrary | undefined;
  /** How long work (a search, an import) lets the page run. */
  slicing: Slicing;
  disabled: ReadonlySet<string>;
  colors: Record<Category, string>;
  pausedSites: readonly string[];
  pausedEverywhere: boolean;
  /** Every mention or the first of each topic, and the parts of a page left alone. */
  density: Density;
  /** Phrases the reader asked never to see highlighted (from the card), folded. */
  mutedPhrases: readonly string[];
  /** Today, for the age of packs. */
  today: Date;
  /** Something the reader should know (a storage quota hit, a repair). */
  notice?: string;
  /** The reader's choice of UI language, and the browser's own ("de-AT"), which "Browser default" follows. */
  language: LanguagePreference;
  browserLanguage: string;
  onLanguageChange(language: LanguagePreference): void;
  onToggleTopic(topicId: string, enabled: boolean): void;
  onColorChange(category: Category, color: string): void;
  onTogglePack(packId: string, enabled: boolean): void;
  onDeletePack(packId: string): void;
  onExportPack(pack: Pack): void;
  onImportPack(text: string, onProgress: (progress: ImportProgress) => void): Outcome;
  onAddOwnTopic(input: { title: string; aliases: string[]; note: string; category: Category }): Outcome;
  onEditOwnTopic(topicId: string, edit: OwnTopicEdit): Outcome;
  onRemoveOwnTopic(topicId: string): void;
  onResumeSite(host: string): void;
  onResumeEverywhere(): void;
  onUnmutePhrase(phrase: string): void;
  onDensityChange(density: Density): void;
  onExportSettings(): void;
  onImportSettings(text: string): Outcome;
}

/** The options page: a nav of views (packs, topics, own topics, paused sites, timeline, backup), one shown at a time. */
export function OptionsView(props: OptionsViewProps) {
  const { view, notice } = props;
  return (
    <div class="bm-options">
      <header class="bm-options-header">
        <div class="bm-options-heading">
          <h1>{t('options.title')}</h1>
          <p class="bm-options-stays">{t('options.stays')}</p>
        </div>
        <LanguageSelect value={props.language} browserLanguage={props.browserLanguage} onChange={props.onLanguageChange} />
      </header>
      <nav class="bm-options-nav" aria-label={t('options.sections')}>
        <ul>
          {OPTIONS_VIEWS.map((name) => (
            <li key={name}>
              <a href={`#${name}`} aria-current={name === view ? 'page' : undefined} data-view={name}>
                {t(VIEW_LABEL[name])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Notice text={notice} />
      {/* Busy while the topics are listed (the library is merged in slices): assistive technology waits for them. */}
      <main class="bm-options-view" id={view} aria-labelledby={`${view}-title`} aria-busy={(view === 'topics' || view === 'timeline') && !props.resolved}>
        <h2 id={`${view}-title`}>{t(VIEW_LABEL[view])}</h2>
        <CurrentView {...props} />
      </main>
    </div>
  );
}

function CurrentView(props: OptionsViewProps) {
  switch (props.view) {
    case 'packs':
      return <PacksView {...props} />;
    case 'topics':
      return <TopicsView {...props} />;
    case 'own':
      return <OwnTopicsView {...props} />;
    case 'paused':
      return <PausedView {...props} />;
    case 'timeline':
      return <TimelineView {...props} />;
    case 'backup':
      return <BackupView {...props} />;
  }
}

function topicEntries(resolved: ResolvedLibrary) {
  return resolved.pack.topics.map((topic) => ({
    topic,
    packId: resolved.origin[topic.id]?.packId ?? '',
    packTitle: packTitleOf(resolved.origin[topic.id]?.packId, resolved.origin[topic.id]?.packTitle ?? ''),
    packLanguage: resolved.origin[topic.id]?.language,
  }));
}

/** The topics of the merged library, the same array while the library is the same (the search keys on it). */
function useTopicEntries(resolved: ResolvedLibrary | undefined) {
  return useMemo(() => resolved && topicEntries(resolved), [resolved]);
}

/** What a view that lists topics shows while a big library is merged (a moment). */
function ListingTopics() {
  return (
    <p class="bm-empty" role="status">
      {t('options.listingTopics')}
    </p>
  );
}

function TopicsView(props: OptionsViewProps) {
  const topics = useTopicEntries(props.resolved);
  return (
    <>
      <DensitySettings density={props.density} onChange={props.onDensityChange} />
      {!topics || !props.resolved ? <ListingTopics /> : <TopicSettingsList
      topics={topics}
      disabled={props.disabled}
      colors={props.colors}
      conflicts={props.resolved.conflicts}
      slicing={props.slicing}
      onToggle={props.onToggleTopic}
      onColorChange={props.onColorChange}
      />}
    </>
  );
}

function TimelineView(props: OptionsViewProps) {
  const [selection, setSelection] = useState<TimelineSelection>('all');
  const topics = useTopicEntries(props.resolved);
  if (!topics) return <ListingTopics />;
  return <Timeline topics={topics} selected={selection} onSelect={setSelection} colors={props.colors} />;
}

function PacksView({ library, today, onTogglePack, onDeletePack, onExportPack, onImportPack }: OptionsViewProps) {
  return (
    <>
      <ul class="bm-pack-list">
        {library.map(({ pack, enabled, builtIn }) => {
          const stale = pack.id !== OWN_TOPICS_PACK_ID && isStale(pack.asOf, today);
          return (
            <li class={stale ? 'bm-pack bm-pack-stale' : 'bm-pack'} data-pack={pack.id} key={pack.id}>
              <label class="bm-pack-switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={enabled}
                  onChange={(event) => onTogglePack(pack.id, event.currentTarget.checked)}
                />
                <span class="bm-pack-title">{packTitle(pack)}</span>
              </label>
              <span class="bm-pack-meta">
                {t('options.packMeta', {
                  topics: t('count.topics', { count: pack.topics.length }),
                  date: formatDay(pack.asOf),
                })}
                {builtIn && ` · ${t('options.builtIn')}`}
              </span>
              <span class="bm-pack-actions">
                <button type="button" class="bm-link-button" onClick={() => onExportPack(pack)}>
                  {t('options.export')}
                </button>
                {!builtIn && (
                  <button
                    type="button"
                    class="bm-link-button bm-danger"
                    onClick={() => {
                      if (confirm(t('options.confirmDelete', { pack: packTitle(pack) }))) onDeletePack(pack.id);
                    }}
                  >
                    {t('options.delete')}
                  </button>
                )}
              </span>
              {stale && (
                <p class="bm-pack-stale-note">
                  <strong>{t('asOf.staleLead')}</strong> {t('views.options.stalePack', { days: daysSince(pack.asOf, today) })}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <ImportBox
        id="pack-import"
        label={t('options.importPack')}
        hint={t('options.importPackHint')}
        action={t('options.importPackAction')}
        onImport={onImportPack}
      />
    </>
  );
}

/** How far an import has got, in words. */
function progressText(progress: ImportProgress): string {
  switch (progress.step) {
    case 'reading':
      return t('views.import.reading');
    case 'checking':
      return t('views.import.checking', { done: progress.done, total: progress.total });
    case 'saving':
      return t('views.import.saving');
  }
}

/**
 * A file picker and a text box for JSON, with the problems of the last
 * attempt, or what it imported; while a big import runs, how far it has got.
 */
function ImportBox({
  id,
  label,
  hint,
  action,
  onImport,
}: {
  id: string;
  label: string;
  hint: string;
  action: string;
  onImport(text: string, onProgress: (progress: ImportProgress) => void): Outcome;
}) {
  const [text, setText] = useState('');
  const [tried, setTried] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string>();
  const [progress, setProgress] = useState<ImportProgress>();
  async function submit(read: () => Promise<string>) {
    setErrors([]);
    setDone(undefined);
    setProgress({ step: 'reading' });
    try {
      const value = await read();
      const result = await onImport(value, setProgress);
      const failed = Array.isArray(result) && result.length > 0;
      setErrors(failed ? result : []);
      setTried(value);
      setDone(failed ? undefined : result && !Array.isArray(result) ? result.done : t('options.imported'));
      if (!failed) setText('');
    } finally {
      setProgress(undefined);
    }
  }
  const busy = progress !== undefined;
  return (
    <div class="bm-import" data-import={id} aria-busy={busy}>
      <label for={`${id}-text`} class="bm-import-label">
        {label}
      </label>
      <p class="bm-hint">{hint}</p>
      <input
        type="file"
        accept="application/json,.json"
        aria-label={t('options.fromFile', { label })}
        disabled={busy}
        onChange={async (event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          if (file) await submit(() => file.text());
          input.value = '';
        }}
      />
      <textarea
        id={`${id}-text`}
        rows={4}
        value={text}
        placeholder={t('options.pasteJson')}
        aria-invalid={errors.length > 0}
        aria-describedby={`${id}-errors`}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <button type="button" class="bm-button" disabled={busy || !text.trim()} onClick={() => void submit(async () => text)}>
        {action}
      </button>
      {progress && (
        <div class="bm-import-progress" role="status" data-step={progress.step}>
          <progress
            id={`${id}-progress`}
            max={progress.step === 'checking' ? progress.total : undefined}
            value={progress.step === 'checking' ? progress.done : undefined}
            aria-label={t('views.import.progress')}
          />
          <span>{progressText(progress)}</span>
        </div>
      )}
      <div id={`${id}-errors`} role="alert">
        <ErrorList errors={errors} input={tried} lead="count.problems" />
        {done && errors.length === 0 && <p class="bm-ok">{done}</p>}
      </div>
    </div>
  );
}

const EMPTY_FORM: OwnTopicEdit = { title: '', aliases: [], note: '', category: 'other' };

function OwnTopicsView({ library, onAddOwnTopic, onEditOwnTopic, onRemoveOwnTopic }: OptionsViewProps) {
  const own = library.find((entry) => entry.pack.id === OWN_TOPICS_PACK_ID)?.pack;
  const [editing, setEditing] = useState<string>();
  const [form, setForm] = useState(EMPTY_FORM);
  const [phrases, setPhrases] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string>();
  function startEdit(topicId: string) {
    const fields = own && ownTopicFields(own, topicId);
    if (!fields) return;
    setEditing(topicId);
    setForm(fields);
    setPhrases(fields.aliases.join(', '));
    setErrors([]);
    setDone(undefined);
  }
  function reset() {
    setEditing(undefined);
    setForm(EMPTY_FORM);
    setPhrases('');
  }
  async function save(event: Event) {
    event.preventDefault();
    const aliases = phrases.split(/[\n,]/).map((phrase) => phrase.trim()).filter(Boolean);
    const input = { ...form, aliases: aliases.length > 0 ? aliases : [form.title] };
    const result = editing ? await onEditOwnTopic(editing, input) : await onAddOwnTopic(input);
    const failed = Array.isArray(result) && result.length > 0;
    setErrors(failed ? result : []);
    if (!failed) {
      setDone(t(editing ? 'views.options.ownSaved' : 'views.options.ownAdded', { title: form.title.trim() }));
      reset();
    } else setDone(undefined);
  }
  return (
    <>
      <p class="bm-hint">{t('options.ownHint')}</p>
      {own && own.topics.length > 0 && (
        <ul class="bm-own-list">
          {own.topics.map((topic) => (
            <li key={topic.id} data-topic={topic.id} class={editing === topic.id ? 'bm-own-editing' : undefined}>
              <CategoryDot category={topic.category} />
              <span class="bm-own-text">
                <strong>{topic.title}</strong>{' '}
                <span class="bm-own-meta">
                  {categoryLabel(topic.category)} · {allNames(topic).map(aliasText).join(', ')}
                </span>
              </span>
              <span class="bm-pack-actions">
                <button type="button" class="bm-link-button bm-edit" onClick={() => startEdit(topic.id)}>
                  {t('views.options.edit')}
                </button>
                <button type="button" class="bm-link-button bm-danger bm-remove" onClick={() => onRemoveOwnTopic(topic.id)}>
                  {t('options.remove')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form class="bm-own-form" onSubmit={save} data-mode={editing ? 'edit' : 'add'}>
        <h3 class="bm-form-title">
          {editing ? t('views.options.editTopic', { title: own?.topics.find((topic) => topic.id === editing)?.title ?? '' }) : t('options.addTopic')}
        </h3>
        <label>
          {t('options.ownTitle')}
          <input name="title" value={form.title} required onInput={(event) => setForm({ ...form, title: event.currentTarget.value })} />
        </label>
        <label>
          <span>
            {t('options.ownPhrases')} <span class="bm-hint">{t('options.ownPhrasesHint')}</span>
          </span>
          <textarea name="aliases" rows={2} value={phrases} onInput={(event) => setPhrases(event.currentTarget.value)} />
        </label>
        <label>
          <span>
            {t('options.ownNote')} <span class="bm-hint">{t('options.ownNoteHint')}</span>
          </span>
          <textarea name="note" rows={2} value={form.note} onInput={(event) => setForm({ ...form, note: event.currentTarget.value })} />
        </label>
        <label>
          {t('views.options.category')}
          <select
            name="category"
            value={form.category}
            onChange={(event) => setForm({ ...form, category: event.currentTarget.value as Category })}
          >
            {CATEGORIES.map((category) => (
              <option value={category} key={category}>
                {categoryLabel(category)}
              </option>
            ))}
          </select>
        </label>
        <div class="bm-form-actions">
          <button type="submit" class="bm-button">
            {editing ? t('views.options.save') : t('options.addTopic')}
          </button>
          {editing && (
            <button type="button" class="bm-button" onClick={reset}>
              {t('views.options.cancel')}
            </button>
          )}
        </div>
        <div role="alert">
          <ErrorList errors={errors} lead="count.problemsInTopic" />
          {done && errors.length === 0 && <p class="bm-ok">{done}</p>}
        </div>
      </form>
    </>
  );
}

function PausedView({ pausedSites, pausedEverywhere, mutedPhrases, onResumeSite, onResumeEverywhere, onUnmutePhrase }: OptionsViewProps) {
  return (
    <>
      {pausedEverywhere && (
        <p class="bm-paused-everywhere">
          {t('options.pausedEverywhere')}{' '}
          <button type="button" class="bm-button" onClick={onResumeEverywhere}>
            {t('options.resumeEverywhere')}
          </button>
        </p>
      )}
      {pausedSites.length === 0 ? (
        <p class="bm-hint">{t('options.noPausedSites')}</p>
      ) : (
        <ul class="bm-paused-list">
          {pausedSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" class="bm-link-button" onClick={() => onResumeSite(site)}>
                {t('options.resume')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3 class="bm-form-title">{t('options.mutedPhrases')}</h3>
      {mutedPhrases.length === 0 ? (
        <p class="bm-hint">{t('options.noMutedPhrases')}</p>
      ) : (
        <ul class="bm-paused-list bm-muted-list">
          {mutedPhrases.map((phrase) => (
            <li key={phrase}>
              <span>“{phrase}”</span>
              <button type="button" class="bm-link-button" onClick={() => onUnmutePhrase(phrase)}>
                {t('options.unmutePhrase')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function BackupView({ onExportSettings, onImportSettings }: OptionsViewProps) {
  return (
    <>
      <p class="bm-hint">{t('options.backUpHint')}</p>
      <button type="button" class="bm-button" onClick={onExportSettings}>
        {t('options.exportSettings')}
      </button>
      <ImportBox
        id="settings-import"
        label={t('options.importSettings')}
        hint={t('options.importSettingsHint')}
        action={t('options.importSettingsAction')}
        onImport={onImportSettings}
      />
    </>
  );
}

function packTitleOf(packId: string | undefined, title: string): string {
  return packId === OWN_TOPICS_PACK_ID ? t('options.ownPackTitle') : title;
}

/** The reader's own topics are named in the UI language; other packs by their own title. */
export function packTitle(pack: Pack): string {
  return packTitleOf(pack.id, pack.title);
}
