import type { Fact } from '../data/schema';
import { formatSpan } from '../data/dates';

/** "tass.com" for a source link's label: short, and says who is speaking. */
function sourceLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A fact's sources as https links, each labelled with its site. Pack text is
 * rendered as text only (Preact escapes it). Links are https-only by schema,
 * and checked again here: Preact would render a javascript: href as it is.
 * They never get the opener.
 */
export function SourceLinks({ sources }: { sources: readonly string[] }) {
  return (
    <span class="bm-fact-sources">
      {sources.map((url) =>
        isHttps(url) ? (
          <a class="bm-source" href={url} target="_blank" rel="noopener noreferrer" key={url}>
            {sourceLabel(url)}
          </a>
        ) : (
          <span class="bm-source-text" key={url}>
            {url}
          </span>
        ),
      )}
    </span>
  );
}

/** Facts newest first (by their first day; a later end breaks a tie): what a reader wants first. */
export function newestFirst(facts: readonly Fact[]): Fact[] {
  return [...facts].sort((a, b) => b.date.localeCompare(a.date) || (b.endDate ?? b.date).localeCompare(a.endDate ?? a.date));
}

/**
 * A topic's dated facts, in the order given, each with its date and its
 * sources as https links on one line above its text. `brief`: each text is
 * cut to two lines (the card's glance; the full view shows all of it).
 */
export function FactList({ facts, packLanguage, brief = false }: { facts: readonly Fact[]; packLanguage?: string; brief?: boolean }) {
  return (
    <ol class={brief ? 'bm-facts bm-facts-brief' : 'bm-facts'}>
      {facts.map((fact) => (
        <li class="bm-fact" key={`${fact.date}-${fact.text}`}>
          <p class="bm-fact-meta">
            <time class="bm-fact-date" dateTime={fact.date}>
              {formatSpan(fact.date, fact.endDate)}
            </time>
            <SourceLinks sources={fact.sources} />
          </p>
          <p class="bm-fact-text" lang={packLanguage}>
            {fact.text}
          </p>
        </li>
      ))}
    </ol>
  );
}
