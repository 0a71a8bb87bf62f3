/**
 * Articles in scripts without spaces or with prefixes are highlighted in the
 * real browser: Japanese, Chinese and Arabic pages written for this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eBrowsers } from './support/browsers';
import { markCounts } from './support/dom';
import { startSession, type Session } from './support/session';

const page = (lang: string, dir: 'ltr' | 'rtl', paragraphs: string[]) =>
  `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${lang}</title></head>` +
  `<body><main id="article">${paragraphs.map((text) => `<p>${text}</p>`).join('')}</main></body></html>`;

const ARTICLES: Record<string, { html: string; topics: string[] }> = {
  '/ja': {
    html: page('ja', 'ltr', [
      'ロシア軍は新型の中距離弾道ミサイル「オレシュニク」でウクライナ西部を攻撃した。',
      '米沿岸警備隊は北大西洋でタンカー「マリネラ」を拿捕した。ロシアは海洋法違反だと抗議した。',
      'ブリックス首脳会議では加盟国の拡大が議論された。',
    ]),
    topics: ['hypersonic-strikes', 'bella-1', 'brics'],
  },
  '/zh': {
    html: page('zh', 'ltr', [
      '俄罗斯总统普京表示，“榛树”导弹已在白俄罗斯进入战斗值班。',
      '金砖国家领导人在会议上讨论了贸易结算问题。',
      '特朗普与普京在阿拉斯加峰会上会面，讨论结束乌克兰战争。',
    ]),
    topics: ['hypersonic-strikes', 'brics', 'alaska-summit'],
  },
  '/ar': {
    html: page('ar', 'rtl', [
      'أطلقت روسيا صاروخ أوريشنيك الفرط صوتي على مدينة لفيف في غرب أوكرانيا.',
      'ناقش قادة مجموعة بريكس توسيع العضوية خلال القمة.',
      'احتجزت القوات الأمريكية ناقلة النفط بيلا 1 في شمال المحيط الأطلسي.',
    ]),
    topics: ['hypersonic-strikes', 'brics', 'bella-1'],
  },
};

describe.each(e2eBrowsers().filter(({ spec }) => spec.name === 'Chromium'))('Articles in Japanese, Chinese and Arabic in $spec.name', ({ spec, ready }) => {
  if (!ready) return void it.skip(`needs ${spec.name} and the built extension`);
  let session: Session;
  beforeAll(async () => {
    session = await startSession(spec, Object.fromEntries(Object.entries(ARTICLES).map(([path, { html }]) => [path, html])));
  });
  afterAll(async () => {
    await session?.close();
    session?.assertNoForeignRequests();
  });

  it.each(Object.keys(ARTICLES))('highlights the topics of %s', async (path) => {
    const tab = await session.openPage(path);
    const counts = await tab.evaluate(markCounts);
    expect(Object.keys(counts).sort()).toEqual([...ARTICLES[path]!.topics].sort());
    // The page's own text is unchanged.
    const text = await tab.$eval('#article', (el) => (el as HTMLElement).textContent);
    expect(text).toBe(ARTICLES[path]!.html.replace(/.*<main id="article">|<\/main>.*/g, '').replace(/<\/?p>/g, ''));
    await tab.screenshot({ path: session.screenshotPath(`language${path.replace('/', '-')}`) });
    await tab.close();
  });
});
