import { Fieldset, FieldsetLegend, FormField, FormLabel, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { periods, type ReportFilters } from './reportFilters';
import type { ReportChoices } from './useReport';

interface Props {
  filters: ReportFilters;
  choices: ReportChoices | undefined;
  onChange: (filters: ReportFilters) => void;
  /** Hide the "every workflow" choice (the process map is always of one workflow). */
  requireWorkflow?: boolean;
  /** Hide the version choice (the red-tape flags are not per version). */
  withVersion?: boolean;
  periodLabel?: string;
}

/** Period, workflow, version and team: every figure on the page follows them, and they live in the address bar. */
export function ReportFiltersForm({ filters, choices, onChange, requireWorkflow = false, withVersion = true, periodLabel }: Props) {
  const { t } = useTranslation('audit');
  const id = useId();
  const set = (patch: Partial<ReportFilters>) => onChange({ ...filters, ...patch });
  const workflows = choices?.workflows ?? [];
  const versions = workflows.find((w) => w.id === filters.workflow)?.versions ?? [];
  return (
    <Fieldset className="rw-filters">
      <FieldsetLegend>{t('filters.legend')}</FieldsetLegend>
      <div className="rw-filters__row">
        <FormField>
          <FormLabel htmlFor={`${id}-period`}>{periodLabel ?? t('filters.period')}</FormLabel>
          <Select id={`${id}-period`} value={filters.period} onChange={(e) => set({ period: e.target.value as ReportFilters['period'] })}>
            {periods.map((p) => (
              <SelectOption key={p} value={p}>
                {t(`filters.periods.${p}`)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        {filters.period === 'custom' ? (
          <>
            <FormField>
              <FormLabel htmlFor={`${id}-from`}>{t('filters.from')}</FormLabel>
              <Textbox id={`${id}-from`} type="date" value={filters.from} onChange={(e) => set({ from: e.target.value })} />
            </FormField>
            <FormField>
              <FormLabel htmlFor={`${id}-to`}>{t('filters.to')}</FormLabel>
              <Textbox id={`${id}-to`} type="date" value={filters.to} onChange={(e) => set({ to: e.target.value })} />
            </FormField>
          </>
        ) : null}
        <FormField>
          <FormLabel htmlFor={`${id}-workflow`}>{t('filters.workflow')}</FormLabel>
          <Select id={`${id}-workflow`} value={filters.workflow} onChange={(e) => set({ workflow: e.target.value, version: '' })}>
            {requireWorkflow ? (filters.workflow ? null : <SelectOption value="">{t('filters.chooseWorkflow')}</SelectOption>) : <SelectOption value="">{t('filters.allWorkflows')}</SelectOption>}
            {workflows.map((w) => (
              <SelectOption key={w.id} value={w.id}>
                {w.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        {withVersion ? (
          <FormField>
            <FormLabel htmlFor={`${id}-version`}>{t('filters.version')}</FormLabel>
            <Select id={`${id}-version`} value={filters.version} disabled={!filters.workflow} onChange={(e) => set({ version: e.target.value })}>
              <SelectOption value="">{filters.workflow ? t('filters.allVersions') : t('filters.versionNeedsWorkflow')}</SelectOption>
              {versions.map((v) => (
                <SelectOption key={v} value={String(v)}>
                  {t('filters.versionN', { version: v })}
                </SelectOption>
              ))}
            </Select>
          </FormField>
        ) : null}
        <FormField>
          <FormLabel htmlFor={`${id}-team`}>{t('filters.team')}</FormLabel>
          <Select id={`${id}-team`} value={filters.team} onChange={(e) => set({ team: e.target.value })}>
            <SelectOption value="">{t('filters.allTeams')}</SelectOption>
            {(choices?.teams ?? []).map((team) => (
              <SelectOption key={team.id} value={team.id}>
                {team.name}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </div>
    </Fieldset>
  );
}
