import { useState } from 'preact/hooks';
import type { Category, Pack } from '../data/schema';
import type { LibraryPack, ResolvedLibrary } from '../data/resolve-library';
import { formatDay } from '../data/dates';
import { allNames } from '../data/topic-terms';
import { aliasText } from '../data/alias-key';
import { TopicSettingsList } from './TopicSettingsList';
import { Timeline, type TimelineSelection } from './Timeline';
import { Notice } from './Notice';

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
  }));
  return (
    <main class="bm-options">
      <header class="bm-options-header">
        <h1>Briefmark settings</h1>
        <p>Everything here stays in your browser.</p>
      </header>
      <Notice text={notice} />
      <nav class="bm-options-nav" aria-label="Sections">
        <a href="#packs">Packs</a> · <a href="#own">Your topics</a> · <a href="#topics">Topics and colours</a> ·{' '}
        <a href="#paused">Paused sites</a> · <a href="#timeline">Timeline</a> · <a href="#settings">Back up settings</a>
      </nav>
      <PacksSection {...props} />
      <OwnTopicsSection {...props} />
      <section class="bm-options-section" id="topics" aria-labelledby="topics-title">
        <h2 id="topics-title">Topics and colours</h2>
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
        <h2 id="timeline-title">Timeline</h2>
        <Timeline topics={topics} selected={selection} onSelect={setSelection} colors={colors} />
      </section>
      <SettingsSection {...props} />
    </main>
  );
}

function PacksSection({ library, onTogglePack, onDeletePack, onExportPack, onImportPack }: OptionsViewProps) {
  return (
    <section class="bm-options-section" id="packs" aria-labelledby="packs-title">
      <h2 id="packs-title">Packs</h2>
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
              <span class="bm-pack-title">{pack.title}</span>
            </label>
            <span class="bm-pack-meta">
              {pack.topics.length} {pack.topics.length === 1 ? 'topic' : 'topics'} · as of {formatDay(pack.asOf)}
              {builtIn && ' · built in'}
            </span>
            <span class="bm-pack-actions">
              <button type="button" class="bm-link-button" onClick={() => onExportPack(pack)}>
                Export
              </button>
              {!builtIn && (
                <button
                  type="button"
                  class="bm-link-button bm-danger"
                  onClick={() => {
                    if (confirm(`Delete the pack “${pack.title}”? Export it first to keep a copy.`)) onDeletePack(pack.id);
                  }}
                >
                  Delete
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
      <ImportBox
        id="pack-import"
        label="Import a pack"
        hint="Pick a pack’s JSON file, or paste its text. It is checked first: a pack with errors changes nothing."
        action="Import pack"
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
        aria-label={`${label} from a file`}
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
        placeholder="…or paste JSON here"
        aria-invalid={errors.length > 0}
        aria-describedby={`${id}-errors`}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <button type="button" class="bm-button" disabled={!text.trim()} onClick={() => void submit(text)}>
        {action}
      </button>
      <div id={`${id}-errors`} role="alert">
        {errors.length > 0 && (
          <ul class="bm-errors">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        )}
        {done && errors.length === 0 && <p class="bm-ok">Imported.</p>}
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
      <h2 id="own-title">Your own topics</h2>
      <p class="bm-hint">
        Track any phrase: add it here, or select it on a page and choose “Track this phrase” from the context menu. It
        is highlighted at once in every open tab.
      </p>
      <form class="bm-own-form" onSubmit={add}>
        <label>
          Title
          <input name="title" value={title} required onInput={(event) => setTitle(event.currentTarget.value)} />
        </label>
        <label>
          Phrases to highlight <span class="bm-hint">(one per line or comma-separated; the title if empty)</span>
          <textarea name="aliases" rows={2} value={aliases} onInput={(event) => setAliases(event.currentTarget.value)} />
        </label>
        <label>
          Note <span class="bm-hint">(shown on the card)</span>
          <textarea name="note" rows={2} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
        </label>
        <button type="submit" class="bm-button">
          Add topic
        </button>
        <div role="alert">
          {errors.length > 0 && (
            <ul class="bm-errors">
              {errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          )}
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
                Remove
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
      <h2 id="paused-title">Paused sites</h2>
      {pausedEverywhere && (
        <p>
          Briefmark is paused everywhere.{' '}
          <button type="button" class="bm-button" onClick={onResumeEverywhere}>
            Resume everywhere
          </button>
        </p>
      )}
      {pausedSites.length === 0 ? (
        <p class="bm-hint">No site is paused. Pause one from the toolbar popup while you are on it.</p>
      ) : (
        <ul class="bm-paused-list">
          {pausedSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" class="bm-link-button" onClick={() => onResumeSite(site)}>
                Resume
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
      <h2 id="settings-title">Back up settings</h2>
      <p class="bm-hint">
        Your switches, paused sites, packs switched off and colours, as one file. Packs are exported one by one, above.
      </p>
      <button type="button" class="bm-button" onClick={onExportSettings}>
        Export settings
      </button>
      <ImportBox
        id="settings-import"
        label="Import settings"
        hint="Replaces the settings above with the file’s. A file with errors changes nothing."
        action="Import settings"
        onImport={onImportSettings}
      />
    </section>
  );
}

