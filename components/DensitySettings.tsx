/** How much of a page is highlighted: every mention or the first of each topic, and the parts left alone. */
import { t } from '../data/i18n';
import { REGIONS, type Density, type Region } from '../data/density';

const REGION_LABEL: Record<Region, Parameters<typeof t>[0]> = {
  headings: 'density.headings',
  navigation: 'density.navigation',
  asides: 'density.asides',
  comments: 'density.comments',
};

export function DensitySettings({ density, onChange }: { density: Density; onChange(density: Density): void }) {
  const leave = (region: Region, on: boolean) =>
    onChange({ ...density, leaveAlone: REGIONS.filter((r) => (r === region ? on : density.leaveAlone.includes(r))) });
  return (
    <section class="bm-density" aria-labelledby="bm-density-title">
      <h3 class="bm-form-title" id="bm-density-title">
        {t('density.title')}
      </h3>
      <fieldset class="bm-density-group">
        <legend class="bm-visually-hidden">{t('density.howMany')}</legend>
        <label>
          <input type="radio" name="bm-density" data-density="every" checked={!density.firstOnly} onChange={() => onChange({ ...density, firstOnly: false })} />{' '}
          {t('density.every')}
        </label>
        <label>
          <input type="radio" name="bm-density" data-density="first" checked={density.firstOnly} onChange={() => onChange({ ...density, firstOnly: true })} />{' '}
          {t('density.firstOnly')}
        </label>
      </fieldset>
      <fieldset class="bm-density-group">
        <legend>{t('density.leaveAlone')}</legend>
        {REGIONS.map((region) => (
          <label key={region}>
            <input
              type="checkbox"
              data-region={region}
              checked={density.leaveAlone.includes(region)}
              onChange={(event) => leave(region, (event.currentTarget as HTMLInputElement).checked)}
            />{' '}
            {t(REGION_LABEL[region])}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
