import { Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { caseworkRoles, teams } from './caseworkRoles';
import type { WorklistFilters } from './worklistFilters';

interface Props {
  filters: WorklistFilters;
  workflows: readonly { definitionId: string; name: string; count: number }[];
  showTeam: boolean;
  onChange: (filters: WorklistFilters) => void;
}

/** Filters that apply as soon as they change; the list below updates and its count is announced. */
export function WorklistFiltersForm({ filters, workflows, showTeam, onChange }: Props) {
  const { t } = useTranslation('worklist');
  const id = useId();
  const set = (patch: Partial<WorklistFilters>) => onChange({ ...filters, ...patch, page: 1 });
  return (
    <Fieldset className="rw-filters">
      <FieldsetLegend>{t('filters.legend')}</FieldsetLegend>
      <div className="rw-filters__row">
        <FormField>
          <FormLabel htmlFor={`${id}-scope`}>{t('filters.scope')}</FormLabel>
          <Select id={`${id}-scope`} value={filters.scope} onChange={(e) => set({ scope: e.target.value === 'team' ? 'team' : 'mine' })}>
            <SelectOption value="team">{t('filters.team')}</SelectOption>
            <SelectOption value="mine">{t('filters.mine')}</SelectOption>
          </Select>
        </FormField>
        {showTeam ? (
          <FormField>
            <FormLabel htmlFor={`${id}-team`}>{t('filters.teamName')}</FormLabel>
            <Select id={`${id}-team`} value={filters.team} onChange={(e) => set({ team: e.target.value })}>
              <SelectOption value="">{t('filters.allTeams')}</SelectOption>
              {teams.map((team) => (
                <SelectOption key={team} value={team}>
                  {team}
                </SelectOption>
              ))}
            </Select>
          </FormField>
        ) : null}
        <FormField>
          <FormLabel htmlFor={`${id}-role`}>{t('filters.role')}</FormLabel>
          <Select id={`${id}-role`} value={filters.role} onChange={(e) => set({ role: e.target.value })}>
            <SelectOption value="">{t('filters.allRoles')}</SelectOption>
            {caseworkRoles.map((role) => (
              <SelectOption key={role} value={role}>
                {t(`common:roles.${role}`)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor={`${id}-workflow`}>{t('filters.workflow')}</FormLabel>
          <Select id={`${id}-workflow`} value={filters.workflow} onChange={(e) => set({ workflow: e.target.value })}>
            <SelectOption value="">{t('filters.allWorkflows')}</SelectOption>
            {workflows.map((w) => (
              <SelectOption key={w.definitionId} value={w.definitionId}>
                {t('filters.workflowOption', { name: w.name, count: w.count })}
              </SelectOption>
            ))}
            {filters.workflow && !workflows.some((w) => w.definitionId === filters.workflow) ? (
              <SelectOption value={filters.workflow}>{filters.workflow}</SelectOption>
            ) : null}
          </Select>
        </FormField>
        <FormField type="checkbox" className="rw-filters__checkbox">
          <Checkbox id={`${id}-overdue`} checked={filters.overdue} onChange={(e) => set({ overdue: e.target.checked })} />
          <FormLabel htmlFor={`${id}-overdue`} type="checkbox">
            {t('filters.overdue')}
          </FormLabel>
        </FormField>
      </div>
    </Fieldset>
  );
}
