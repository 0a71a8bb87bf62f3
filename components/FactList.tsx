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

/** A topic's dated facts, each with its sources as https links. */
export function FactList({ facts, packLanguage }: { facts: readonly Fact[]; packLanguage?: string }) {
  return (
    <ol class="bm-facts">
      {facts.map((fact) => (
        <li class="bm-fact" key={`${fact.date}-${fact.text}`}>
          <time class="bm-fact-date" dateTime={fact.date}>
            {formatSpan(fact.date, fact.endDate)}
          </time>
          <span class="bm-fact-text" lang={packLanguage}>
            {fact.text}
          </span>
          <SourceLinks sources={fact.sources} />
        </li>
      ))}
    </ol>
  );
}
