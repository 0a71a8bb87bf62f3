import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../data/matcher';
import { defaultPack } from '../../data/packs';
import { resolveLibrary } from '../../data/resolve-library';
import { fromPrebuilt, prebuildScan, scanPattern } from '../../data/scan-pattern';

describe('the prebuilt scan pattern', () => {
  const everyTopic = new Set(defaultPack.topics.map((topic) => topic.id));

  it('is the every-alias pattern of the bundled pack, ambiguous forms included', () => {
    const prebuilt = prebuildScan(defaultPack)!;
    const expected = compileMatcher(defaultPack, { withContext: everyTopic });
    expect(prebuilt.source).toBe(expected.pattern!.source);
    expect(prebuilt.flags).toBe('giu');
    // More than the pattern without context: "Alaska" alone is scanned for.
    expect(prebuilt.source.length).toBeGreaterThan(compileMatcher(defaultPack).pattern!.source.length);
  });

  it('is the same for the library the content script resolves when only the bundled pack is on', () => {
    const { pack } = resolveLibrary([{ pack: defaultPack, builtIn: true, enabled: true }], { disabledTopics: new Set() });
    expect(prebuildScan(pack)).toEqual(prebuildScan(defaultPack));
  });

  it('comes back from its data as a working pattern', () => {
    const pattern = fromPrebuilt(JSON.parse(JSON.stringify(prebuildScan(defaultPack))));
    expect('The Bella 1 and the Alaska summit'.match(pattern)).toEqual(['Bella 1', 'Alaska summit']);
  });

  it('leaves out disabled topics when built at run time', () => {
    expect('The Bella 1 tanker'.match(scanPattern(defaultPack, new Set(['bella-1']))!)).toBeNull();
  });
});
