import { Fieldset, FieldsetLegend, FormField, FormLabel, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { periods, type ReportFilters } from './reportFilters';

interface Props {
  filters: ReportFilters;
  workflows: readonly string[];
  teams: readonly string[];
  onChange: (filters: ReportFilters) => void;
}

/** Period, workflow and team: every figure on the page follows them. */
export function ReportFiltersForm({ filters, workflows, teams, onChange }: Props) {
  const { t } = useTranslation('audit');
  const id = useId();
  const set = (patch: Partial<ReportFilters>) => onChange({ ...filters, ...patch });
  return (
    <Fieldset className="rw-filters">
      <FieldsetLegend>{t('filters.legend')}</FieldsetLegend>
      <div className="rw-filters__row">
        <FormField>
          <FormLabel htmlFor={`${id}-period`}>{t('filters.period')}</FormLabel>
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
          <Select id={`${id}-workflow`} value={filters.workflow} onChange={(e) => set({ workflow: e.target.value })}>
            <SelectOption value="">{t('filters.allWorkflows')}</SelectOption>
            {workflows.map((w) => (
              <SelectOption key={w} value={w}>
                {w}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-team`}>{t('filters.team')}</FormLabel>
          <Select id={`${id}-team`} value={filters.team} onChange={(e) => set({ team: e.target.value })}>
            <SelectOption value="">{t('filters.allTeams')}</SelectOption>
            {teams.map((team) => (
              <SelectOption key={team} value={team}>
                {team}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      </div>
    </Fieldset>
  );
}
