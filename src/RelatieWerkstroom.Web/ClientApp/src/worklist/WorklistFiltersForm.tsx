import { Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { caseworkRoles } from './caseworkRoles';
import type { WorklistFilters } from './worklistFilters';

/** A filter value offered by the server, with how many items have it. */
export interface Facet {
  value: string;
  label: string;
  count: number | string;
}

interface Props {
  filters: WorklistFilters;
  teams: readonly Facet[];
  workflows: readonly Facet[];
  showTeam: boolean;
  onChange: (filters: WorklistFilters) => void;
}

/** Filters that apply as soon as they change; the list below updates and its count is announced. */
export function WorklistFiltersForm({ filters, teams, workflows, showTeam, onChange }: Props) {
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
              <FacetOptions facets={teams} selected={filters.team} />
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
            <FacetOptions facets={workflows} selected={filters.workflow} />
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

/** The server's values with their counts; a selected value without items stays choosable so it can be undone. */
function FacetOptions({ facets, selected }: { facets: readonly Facet[]; selected: string }) {
  const { t } = useTranslation('worklist');
  return (
    <>
      {facets.map((facet) => (
        <SelectOption key={facet.value} value={facet.value}>
          {t('filters.facetOption', { label: facet.label, count: Number(facet.count) })}
        </SelectOption>
      ))}
      {selected && !facets.some((f) => f.value === selected) ? <SelectOption value={selected}>{selected}</SelectOption> : null}
    </>
  );
}
