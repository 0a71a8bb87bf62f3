import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../data/matcher';
import { defaultPack } from '../../data/packs';
import { resolveLibrary } from '../../data/resolve-library';
import { scanPattern, scanPatternModule } from '../../data/scan-pattern';

/** Loads a module from its source text, as the bundler would. */
const load = async (code: string) =>
  ((await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`)) as { default: RegExp | null }).default;

describe('the prebuilt scan pattern', () => {
  const everyTopic = new Set(defaultPack.topics.map((topic) => topic.id));

  it('is the every-alias pattern of the bundled pack, ambiguous forms included', () => {
    const pattern = scanPattern(defaultPack)!;
    expect(pattern.source).toBe(compileMatcher(defaultPack, { withContext: everyTopic }).pattern!.source);
    expect(pattern.flags).toBe('giu');
    // More than the pattern without context: "Alaska" alone is scanned for.
    expect(pattern.source.length).toBeGreaterThan(compileMatcher(defaultPack).pattern!.source.length);
  });

  it('is the same for the library the content script resolves when only the bundled pack is on', () => {
    const { pack } = resolveLibrary([{ pack: defaultPack, builtIn: true, enabled: true }], { disabledTopics: new Set() });
    expect(scanPattern(pack)!.source).toBe(scanPattern(defaultPack)!.source);
  });

  it('ships as a module whose literal is that very pattern, and works', async () => {
    const shipped = await load(scanPatternModule(defaultPack));
    expect(shipped).toBeInstanceOf(RegExp);
    expect(shipped!.source).toBe(scanPattern(defaultPack)!.source);
    expect(shipped!.flags).toBe('giu');
    expect('The Bella 1 and the Alaska summit'.match(shipped!)).toEqual(['Bella 1', 'Alaska summit']);
    expect(await load(scanPatternModule({ topics: [] }))).toBeNull();
  });

  it('leaves out disabled topics when built at run time', () => {
    expect('The Bella 1 tanker'.match(scanPattern(defaultPack, new Set(['bella-1']))!)).toBeNull();
  });
});
