/**
 * The first-run page's content: what Briefmark does, the card, the toolbar
 * button and its shortcuts, packs, and how to pin the button.
 */
import { t } from '../data/i18n';

export interface WelcomeViewProps {
  /** The bundled pack's title, as the reader will see it in the popup. */
  packTitle: string;
  onOpenOptions(): void;
}

export function WelcomeView({ packTitle, onOpenOptions }: WelcomeViewProps) {
  return (
    <main class="bm-options bm-welcome">
      <header>
        <h1>{t('welcome.title')}</h1>
        <p class="bm-welcome-lead">{t('welcome.lead')}</p>
        <p class="bm-notice">{t('welcome.reload')}</p>
      </header>

      <section>
        <h2>{t('welcome.card.heading')}</h2>
        <p>
          <mark class="bm-welcome-sample">{t('welcome.card.sample')}</mark> {t('welcome.card.text')}
        </p>
      </section>

      <section>
        <h2>{t('welcome.button.heading')}</h2>
        <p>{t('welcome.button.text')}</p>
        <h3>{t('welcome.shortcuts.heading')}</h3>
        <dl class="bm-welcome-keys">
          <dt>
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd>
          </dt>
          <dd>{t('manifest.nextMention')}</dd>
          <dt>
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>P</kbd>
          </dt>
          <dd>{t('manifest.previousMention')}</dd>
        </dl>
        <p class="bm-hint">{t('welcome.shortcuts.change')}</p>
      </section>

      <section>
        <h2>{t('welcome.packs.heading')}</h2>
        <p>{t('welcome.packs.text', { pack: packTitle })}</p>
        <p>
          <button type="button" class="bm-button" onClick={onOpenOptions}>
            {t('welcome.openOptions')}
          </button>
        </p>
      </section>

      <section>
        <h2>{t('welcome.pin.heading')}</h2>
        <ul>
          <li>{t('welcome.pin.chrome')}</li>
          <li>{t('welcome.pin.firefox')}</li>
        </ul>
      </section>
    </main>
  );
}
