import { describe, expect, it } from 'vitest';
import { closestId, editDistance, importReport } from '../../data/import-report';
import { importPack } from '../../data/library';
import { libraryOf } from '../../data/library-items';
import { pack, topic } from './fixtures';

const library = libraryOf(pack('builtin', [topic('brics', ['BRICS'])]), [], []);

function problemsOf(value: unknown) {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const result = importPack(text, library);
  if (result.ok) throw new Error('expected a refusal');
  return importReport(result.errors, text);
}

describe('import problems, as a reader reads them', () => {
  it('measures edit distance and guesses only near ids', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(closestId('polar-cod', ['polar-code', 'arctic-council'])).toBe('polar-code');
    expect(closestId('entirely-else', ['polar-code'])).toBeUndefined();
  });

  it('says a library would be too big in words, with the figures and what to do', () => {
    const report = importReport(['(the pack): would bring the library to 61000 names, over its limit of 60000; remove a pack first, or split this one'], '{}');
    expect(report.shown[0]).toEqual({
      where: 'The file',
      what: 'would bring your library to 61,000 names; Briefmark holds up to 60,000. Remove a pack you no longer need, or split this one, and import again.',
    });
  });

  it('says bad JSON once, in words, with what to do', () => {
    const report = problemsOf('{"id": "x", ');
    expect(report.count).toBe(1);
    expect(report.shown).toHaveLength(1);
    expect(report.shown[0]!.where).toBe('The file');
    expect(report.shown[0]!.what).toMatch(/^is not JSON\. Check that you pasted/);
  });

  it('names the topic by number and id, suggests the related id meant, and explains a shared name', () => {
    const broken = pack('arctic', [
      topic('polar-code', ['Polar Code'], { related: ['arctic-councel'] }),
      topic('arctic-council', ['Arctic Council', 'Polar Code']),
    ]);
    const report = problemsOf(broken);
    const lines = report.shown.map((problem) => `${problem.where}: ${problem.what}`);
    expect(lines).toContainEqual(
      'Topic 1 (“polar-code”), related topic 1: names a topic this pack does not have (“arctic-councel”). Did you mean “arctic-council”?',
    );
    expect(lines.some((line) => line.startsWith('Topic 2 (“arctic-council”), name 2: this name is already a name of topic “polar-code”'))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/topics\[\d\]/);
  });

  it('counts every problem, shows the first five, and says how many more', () => {
    const insecure = [{ date: '2026-01-01', text: 'A fact.', sources: ['http://example.org/'] }];
    const broken = pack('many', Array.from({ length: 9 }, (_, index) => topic(`t-${index}`, [`name ${index}`], { facts: insecure })));
    const report = problemsOf(broken);
    expect(report.count).toBe(9);
    expect(report.shown).toHaveLength(5);
    expect(report.more).toBe(4);
    expect(report.shown[0]).toEqual({ where: 'Topic 1 (“t-0”), fact 1, source 1', what: 'must be a web address starting with https://.' });
    const empty = problemsOf(pack('empty', [topic('t', [''])]));
    expect(empty.shown).toEqual([{ where: 'Topic 1 (“t”), name 1', what: 'is empty. Write it, or remove the entry.' }]);
  });

  it('retells a topic id another pack has, and the built-in id', () => {
    const taken = problemsOf(pack('other', [topic('brics', ['BRICS bloc'])]));
    expect(taken.shown[0]!.what).toMatch(/^the id “brics” is already a topic of “Pack builtin”/);
    expect(problemsOf(pack('builtin', [topic('x', ['x'])])).shown[0]!.what).toMatch(/built-in briefing’s id/);
  });
});
