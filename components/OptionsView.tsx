import { useState } from 'preact/hooks';
import type { Category, Pack } from '../data/schema';
import type { LibraryPack, ResolvedLibrary } from '../data/resolve-library';
import { formatDay } from '../data/dates';
import { allNames } from '../data/topic-terms';
import { aliasText } from '../data/alias-key';
import { TopicSettingsList } from './TopicSettingsList';
import { Timeline, type TimelineSelection } from './Timeline';
import { Notice } from './Notice';
import { LanguageSelect } from './LanguageSelect';
import { ErrorList } from './ErrorList';
import { t, type LanguagePreference } from '../data/i18n';
import { OWN_TOPICS_PACK_ID } from '../data/library';

/** What an action reports back: nothing (it worked), or messages to show next to its input. */
export type Outcome = Promise<string[] | void>;

export interface OptionsViewProps {
  library: readonly LibraryPack[];
  resolved: ResolvedLibrary;
  disabled: ReadonlySet<string>;
  colors: Record<Category, string>;
  pausedSites: readonly string[];
  pausedEverywhere: boolean;
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
  onImportPack(text: string): Outcome;
  onAddOwnTopic(input: { title: string; aliases: string[]; note: string }): Outcome;
  onRemoveOwnTopic(topicId: string): void;
  onResumeSite(host: string): void;
  onResumeEverywhere(): void;
  onExportSettings(): void;
  onImportSettings(text: string): Outcome;
}

/** The options page: the reader's packs, topics, own topics, paused sites, timeline and settings. */
export function OptionsView(props: OptionsViewProps) {
  const { resolved, disabled, colors, notice } = props;
  const [selection, setSelection] = useState<TimelineSelection>('all');
  const topics = resolved.pack.topics.map((topic) => ({
    topic,
    packId: resolved.origin[topic.id]?.packId ?? '',
    packTitle: resolved.origin[topic.id]?.packTitle ?? '',
    packLanguage: resolved.origin[topic.id]?.language,
  }));
  return (
    <main class="bm-options">
      <header class="bm-options-header">
        <h1>{t('options.title')}</h1>
        <p>{t('options.stays')}</p>
        <LanguageSelect value={props.language} browserLanguage={props.browserLanguage} onChange={props.onLanguageChange} />
      </header>
      <Notice text={notice} />
      <nav class="bm-options-nav" aria-label={t('options.sections')}>
        <a href="#packs">{t('options.packs')}</a> · <a href="#own">{t('options.ownTopics')}</a> ·{' '}
        <a href="#topics">{t('options.topicsAndColours')}</a> · <a href="#paused">{t('options.pausedSites')}</a> ·{' '}
        <a href="#timeline">{t('options.timeline')}</a> · <a href="#settings">{t('options.backUp')}</a>
      </nav>
      <PacksSection {...props} />
      <OwnTopicsSection {...props} />
      <section class="bm-options-section" id="topics" aria-labelledby="topics-title">
        <h2 id="topics-title">{t('options.topicsAndColours')}</h2>
        <TopicSettingsList
          topics={topics}
          disabled={disabled}
          colors={colors}
          conflicts={resolved.conflicts}
          onToggle={props.onToggleTopic}
          onColorChange={props.onColorChange}
        />
      </section>
      <PausedSection {...props} />
      <section class="bm-options-section" id="timeline" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('options.timeline')}</h2>
        <Timeline topics={topics} selected={selection} onSelect={setSelection} colors={colors} />
      </section>
      <SettingsSection {...props} />
    </main>
  );
}

function PacksSection({ library, onTogglePack, onDeletePack, onExportPack, onImportPack }: OptionsViewProps) {
  return (
    <section class="bm-options-section" id="packs" aria-labelledby="packs-title">
      <h2 id="packs-title">{t('options.packs')}</h2>
      <ul class="bm-pack-list">
        {library.map(({ pack, enabled, builtIn }) => (
          <li class="bm-pack" data-pack={pack.id} key={pack.id}>
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
          </li>
        ))}
      </ul>
      <ImportBox
        id="pack-import"
        label={t('options.importPack')}
        hint={t('options.importPackHint')}
        action={t('options.importPackAction')}
        onImport={onImportPack}
      />
    </section>
  );
}

/** A file picker and a text box for JSON, with the errors of the last attempt next to it. */
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
  onImport(text: string): Outcome;
}) {
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  async function submit(value: string) {
    const result = await onImport(value);
    setErrors(result ?? []);
    setDone(!result || result.length === 0);
    if (!result || result.length === 0) setText('');
  }
  return (
    <div class="bm-import" data-import={id}>
      <label for={`${id}-text`} class="bm-import-label">
        {label}
      </label>
      <p class="bm-hint">{hint}</p>
      <input
        type="file"
        accept="application/json,.json"
        aria-label={t('options.fromFile', { label })}
        onChange={async (event) => {
          const file = event.currentTarget.files?.[0];
          if (file) await submit(await file.text());
          event.currentTarget.value = '';
        }}
      />
      <textarea
        id={`${id}-text`}
        rows={6}
        value={text}
        placeholder={t('options.pasteJson')}
        aria-invalid={errors.length > 0}
        aria-describedby={`${id}-errors`}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <button type="button" class="bm-button" disabled={!text.trim()} onClick={() => void submit(text)}>
        {action}
      </button>
      <div id={`${id}-errors`} role="alert">
        <ErrorList errors={errors} lead="count.problems" />
        {done && errors.length === 0 && <p class="bm-ok">{t('options.imported')}</p>}
      </div>
    </div>
  );
}

function OwnTopicsSection({ library, onAddOwnTopic, onRemoveOwnTopic }: OptionsViewProps) {
  const own = library.find((entry) => entry.pack.id === 'my-topics')?.pack;
  const [title, setTitle] = useState('');
  const [aliases, setAliases] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  async function add(event: Event) {
    event.preventDefault();
    const phrases = aliases.split(/[\n,]/).map((phrase) => phrase.trim()).filter(Boolean);
    const result = await onAddOwnTopic({ title, aliases: phrases.length > 0 ? phrases : [title], note });
    setErrors(result ?? []);
    if (!result || result.length === 0) {
      setTitle('');
      setAliases('');
      setNote('');
    }
  }
  return (
    <section class="bm-options-section" id="own" aria-labelledby="own-title">
      <h2 id="own-title">{t('options.ownTopicsTitle')}</h2>
      <p class="bm-hint">{t('options.ownHint')}</p>
      <form class="bm-own-form" onSubmit={add}>
        <label>
          {t('options.ownTitle')}
          <input name="title" value={title} required onInput={(event) => setTitle(event.currentTarget.value)} />
        </label>
        <label>
          {t('options.ownPhrases')} <span class="bm-hint">{t('options.ownPhrasesHint')}</span>
          <textarea name="aliases" rows={2} value={aliases} onInput={(event) => setAliases(event.currentTarget.value)} />
        </label>
        <label>
          {t('options.ownNote')} <span class="bm-hint">{t('options.ownNoteHint')}</span>
          <textarea name="note" rows={2} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
        </label>
        <button type="submit" class="bm-button">
          {t('options.addTopic')}
        </button>
        <div role="alert">
          <ErrorList errors={errors} lead="count.problemsInTopic" />
        </div>
      </form>
      {own && own.topics.length > 0 && (
        <ul class="bm-own-list">
          {own.topics.map((topic) => (
            <li key={topic.id} data-topic={topic.id}>
              <strong>{topic.title}</strong>{' '}
              <span class="bm-hint">
                {allNames(topic).map(aliasText).join(', ')}
              </span>
              <button type="button" class="bm-link-button bm-danger" onClick={() => onRemoveOwnTopic(topic.id)}>
                {t('options.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PausedSection({ pausedSites, pausedEverywhere, onResumeSite, onResumeEverywhere }: OptionsViewProps) {
  return (
    <section class="bm-options-section" id="paused" aria-labelledby="paused-title">
      <h2 id="paused-title">{t('options.pausedSites')}</h2>
      {pausedEverywhere && (
        <p>
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
    </section>
  );
}

function SettingsSection({ onExportSettings, onImportSettings }: OptionsViewProps) {
  return (
    <section class="bm-options-section" id="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('options.backUp')}</h2>
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
    </section>
  );
}

/** The reader's own topics are named in the UI language; other packs by their own title. */
export function packTitle(pack: Pack): string {
  return pack.id === OWN_TOPICS_PACK_ID ? t('options.ownPackTitle') : pack.title;
}
