/**
 * Generated libraries for the benchmark: a reader's library is the bundled
 * pack plus packs of their own, here topics of generated names (people,
 * companies, vessels, places, several scripts, shared prefixes), deterministic.
 */
import type { MatchingTopic } from '../../data/matching';
import { defaultPack } from '../../data/packs';
import { random } from './random';
import { CATEGORIES, type PackInput } from '../../data/schema';

const GIVEN = ['Alexander', 'Maria', 'Dmitri', 'Olena', 'Ahmed', 'Li', 'Hiroshi', 'Fatima', 'Jean', 'Carlos', 'Ingrid', 'Mehmet', 'Анна', 'Сергей', 'محمد', 'Юрий', 'Wei', 'Sofia'];
const FAMILY = ['Petrov', 'Novak', 'Haddad', 'Tanaka', 'Kowalski', 'Schmidt', 'Moreau', 'Yilmaz', 'Ivanenko', 'Chen', 'Rossi', 'Nguyen', 'Иванов', 'Соколова', 'الحسن', '王', 'García', 'Øster'];
const COMPANY = ['Shipping', 'Trading', 'Holdings', 'Energy', 'Logistics', 'Maritime', 'Capital', 'Group', 'Petroleum', 'Marine'];
const FORM = ['LLC', 'Ltd', 'JSC', 'GmbH', 'S.A.', 'FZE', 'ООО', 'АО'];
const VESSEL = ['Ocean', 'Star', 'Pacific', 'Sea', 'Nord', 'Arctic', 'Baltic', 'Coral', 'Eagle', 'Swift', 'Horizon', 'Crystal'];
const PLACE = ['Port', 'Bay', 'Island', 'Harbour', 'Point', 'Heights', 'Valley'];

/** `count` distinct realistic names: people, companies, vessels, places, several scripts, shared prefixes. */
export function generatedNames(count: number, seed = 7): string[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const syllable = () => pick(['ka', 'lo', 'mir', 'an', 'tes', 'vo', 'ri', 'zan', 'el', 'gor', 'bu', 'shi']);
  const coined = () => {
    const word = Array.from({ length: 2 + Math.floor(next() * 3) }, syllable).join('');
    return word[0]!.toUpperCase() + word.slice(1);
  };
  const names = new Set<string>();
  while (names.size < count) {
    const kind = next();
    if (kind < 0.35) names.add(`${pick(GIVEN)} ${coined()} ${pick(FAMILY)}`);
    else if (kind < 0.6) names.add(`${coined()} ${pick(COMPANY)} ${pick(FORM)}`);
    else if (kind < 0.8) names.add(`${pick(['MV', 'M/T', ''])} ${pick(VESSEL)} ${coined()} ${1 + Math.floor(next() * 40)}`.trim());
    else names.add(`${coined()} ${pick(PLACE)}`);
  }
  return [...names];
}

/** Names per generated topic, as a reader's pack of people or vessels might hold. */
const NAMES_PER_TOPIC = 50;

/** The bundled pack's topics plus `count` generated names in topics of NAMES_PER_TOPIC. */
export function generatedLibrary(count: number): { topics: MatchingTopic[] } {
  const names = generatedNames(count);
  const topics: MatchingTopic[] = [];
  for (let start = 0; start < names.length; start += NAMES_PER_TOPIC) {
    topics.push({ id: `generated-${start / NAMES_PER_TOPIC}`, names: { '*': names.slice(start, start + NAMES_PER_TOPIC) } });
  }
  return { topics: [...(defaultPack.topics as unknown as MatchingTopic[]), ...topics] };
}

/**
 * A pack of `count` generated names as a reader would import it (schema 2,
 * topics of NAMES_PER_TOPIC names each, a title and summary per topic, one
 * dated fact on every tenth), every name distinct from other packs of
 * another `seed`.
 */
export function generatedPack(id: string, count: number, seed = 7): PackInput {
  const names = generatedNames(count, seed);
  const topics: PackInput['topics'] = [];
  for (let start = 0; start < names.length; start += NAMES_PER_TOPIC) {
    const n = start / NAMES_PER_TOPIC;
    const own = names.slice(start, start + NAMES_PER_TOPIC);
    topics.push({
      id: `${id}-${n}`,
      title: `${own[0]} and ${own.length - 1} others`,
      category: CATEGORIES[n % CATEGORIES.length]!,
      summary: `Watch list entry ${n + 1} of the ${id} list: the people, companies and vessels named with ${own[0]}.`,
      facts: n % 10 === 0 ? [{ date: '2026-01-15', text: `Listed ${own[0]}.`, sources: ['https://example.org/list'] }] : [],
      names: { '*': own },
    });
  }
  return { schemaVersion: 2, id, title: `Watch list ${id}`, language: 'en', asOf: '2026-11-01', topics };
}
