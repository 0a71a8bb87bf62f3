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

/** A topic's dated facts, each with its sources as https links. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <ol class="bm-facts">
      {facts.map((fact) => (
        <li class="bm-fact" key={`${fact.date}-${fact.text}`}>
          <time class="bm-fact-date" dateTime={fact.date}>
            {formatSpan(fact.date, fact.endDate)}
          </time>
          <span class="bm-fact-text">{fact.text}</span>
          <span class="bm-fact-sources">
            {fact.sources.map((url) => (
              // Pack text is rendered as text only (Preact escapes it); links
              // are https-only by schema and never get the opener.
              <a class="bm-source" href={url} target="_blank" rel="noopener noreferrer" key={url}>
                {sourceLabel(url)}
              </a>
            ))}
          </span>
        </li>
      ))}
    </ol>
  );
}
