/**
 * The first-run page, opened once when Briefmark is installed (background):
 * what it does and how to use it, in the reader's language.
 */
import { render } from 'preact';
import { browser } from '#imports';
import { WelcomeView } from '../../components/WelcomeView';
import { t, uiLanguage } from '../../data/i18n';
import { followUiLanguage } from '../../data/ui-language';
import { defaultPack } from '../../data/packs';
import '../../components/briefing.css';
import '../../components/options.css';
import '../../components/welcome.css';

const app = document.getElementById('app')!;
function draw() {
  document.documentElement.lang = uiLanguage().language;
  document.title = t('welcome.title');
  render(
    <WelcomeView
      packTitle={defaultPack.title}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />,
    app,
  );
}
// The stored language applies before the first paint, and live after.
void followUiLanguage(browser.i18n.getUILanguage(), draw).then(draw);
