/**
 * Generated benchmark pages: plausible news prose, deterministic (seeded), built in memory.
 *
 * - `news`: an article that talks about the briefing's subject, with a realistic mention density
 *   (about one mention every three paragraphs, and the topics' context terms present).
 * - `dense`: every sentence names a topic: the worst case for DOM wrapping.
 * - `none`: ordinary prose with no alias and no context term: the cost of a page Briefmark has nothing to do on.
 */
import { random } from './random';
import { allNames } from '../../data/topic-terms';
import { defaultPack } from '../../data/packs';
import { aliasRule } from '../../data/matcher';
import { manyTextNodesHtml, NOT_FOR_HIGHLIGHTING, page } from '../e2e/support/pages';

export type ProseKind = 'news' | 'dense' | 'none';

export interface GeneratedPage {
  name: string;
  description: string;
  html: string;
  /** The kind of prose to append for the appended-content measurement. */
  kind: ProseKind;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const SUBJECTS = [
  'Officials in the capital',
  'The ministry',
  'A senior diplomat',
  'Analysts at the institute',
  'The parliamentary committee',
  'Local reporters',
  'Two people familiar with the discussions',
  'The spokeswoman',
  'Economists at several banks',
  'Shipping brokers',
  'Lawmakers from both parties',
  'The regional governor',
  'A former ambassador',
  'Industry groups',
];
const VERBS = [
  'said on Tuesday that',
  'told reporters that',
  'warned that',
  'argued in an interview that',
  'noted in a statement that',
  'suggested that',
  'confirmed late on Friday that',
  'wrote in a memo that',
  'insisted that',
];
const CLAUSES = [
  'the schedule for the next round remained unclear',
  'prices had risen for a third consecutive week',
  'the proposal would face a difficult vote in the spring',
  'negotiators were still far apart on the main points',
  'the decision could take months to implement',
  'insurers were reviewing their exposure to the region',
  'the meeting had been constructive but inconclusive',
  'the port had reopened after a brief closure',
  'the figures pointed to a slower recovery than expected',
  'the budget would have to be revised before the summer',
  'the new rules would apply from the first of March',
  'several contracts had been delayed by the weather',
  'the agreement left many questions unanswered',
  'public support for the plan had fallen since autumn',
  'the court was expected to rule within weeks',
];
/** Sentences that carry context terms, so that ambiguous aliases count on the `news` page. */
const CONTEXT_CLAUSES = [
  'officials in Russia and Ukraine traded accusations over the weekend',
  'the Coast Guard had followed the tanker for several days',
  'Venezuela recalled its envoy after the raid on Caracas',
  'Graham and Blumenthal pressed for a vote on Russian oil',
  'the Kremlin said Moscow would respond to any missile strike',
  'Zelensky met Macron and Starmer to discuss the coalition',
  'warships from China and Iran joined the naval exercises',
];
const MENTION_FRAMES = [
  (alias: string) => `questions about ${alias} dominated the briefing`,
  (alias: string) => `the ${alias} affair remained at the centre of the dispute`,
  (alias: string) => `${alias} was raised again by the delegation`,
  (alias: string) => `nobody expected ${alias} to come up so soon`,
  (alias: string) => `the latest reports on ${alias} were disputed`,
];
/** Inline markup that splits text nodes, as real articles do. */
const INLINE = [
  (text: string) => `<a href="#note">${text}</a>`,
  (text: string) => `<em>${text}</em>`,
  (text: string) => `<strong>${text}</strong>`,
];

/** Every alias text of the default pack, as a reader would type it. */
export const ALIAS_TEXTS: readonly string[] = defaultPack.topics.flatMap((topic) =>
  allNames(topic).map((alias) => aliasRule(alias).text),
);

export interface ProseOptions {
  kind: ProseKind;
  count: number;
  seed: number;
}

/** `count` paragraphs (`<p>` elements, with a heading every 25) of the given kind. */
export function paragraphs({ kind, count, seed }: ProseOptions): string[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const mention = () => escapeHtml(pick(MENTION_FRAMES)(pick(ALIAS_TEXTS)));
  const sentence = (clause: string) => {
    const body = `${pick(SUBJECTS)} ${pick(VERBS)} ${clause}.`;
    return next() < 0.25 ? body.replace(/ (\w+ \w+)\.$/, (_, tail: string) => ` ${pick(INLINE)(tail)}.`) : body;
  };
  const out: string[] = [];
  for (let index = 0; index < count; index++) {
    const sentences: string[] = [];
    const length = next() < 0.42 ? 3 : 2;
    for (let s = 0; s < length; s++) {
      let clause: string;
      if (kind === 'dense') clause = mention();
      else if (kind === 'news' && next() < 0.17) clause = mention();
      else if (kind === 'news' && next() < 0.1) clause = pick(CONTEXT_CLAUSES);
      else clause = pick(CLAUSES);
      sentences.push(sentence(clause));
    }
    if (index % 25 === 0) out.push(`<h2>Section ${index / 25 + 1}</h2>`);
    out.push(`<p>${sentences.join(' ')}</p>`);
  }
  return out;
}

function article(title: string, options: ProseOptions): string {
  // The regions Briefmark must leave alone carry topic names: not on the page without mentions.
  const keepOut = options.kind === 'none' ? '' : NOT_FOR_HIGHLIGHTING;
  const body = `<article id="article">${paragraphs(options).join('\n')}</article>${keepOut}`;
  return page(title, body);
}

/** The generated pages of the benchmark. */
export function generatedPages(): GeneratedPage[] {
  return [
    {
      name: 'generated: 5 MB news, 20,000 paragraphs',
      description: 'news prose about the briefing, about one mention per three paragraphs',
      html: article('Briefing, long read', { kind: 'news', count: 20_000, seed: 1 }),
      kind: 'news',
    },
    {
      name: 'generated: dense mentions, 2,000 paragraphs',
      description: 'every sentence names a topic',
      html: article('Briefing, dense', { kind: 'dense', count: 2_000, seed: 2 }),
      kind: 'dense',
    },
    {
      name: 'generated: 100,000 text nodes in inline spans',
      description: "the end-to-end suite's hostile page: 500 paragraphs of 100 spans each, one run per paragraph, a mention in every 100th span",
      // Without the page's own timer: here nothing runs but Briefmark.
      html: manyTextNodesHtml().replace(/<script>[\s\S]*?<\/script>/, ''),
      kind: 'news',
    },
    {
      name: 'generated: no mentions, 400 paragraphs',
      description: 'ordinary prose of a typical article length, no alias and no context term',
      html: article('Market notes', { kind: 'none', count: 400, seed: 3 }),
      kind: 'none',
    },
  ];
}
