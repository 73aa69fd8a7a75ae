import { Roles, hasAnyRole, type Role } from '../auth/roles';

export interface NavItem {
  /** Route path. */
  to: string;
  /** Translation key of the label (namespace common). */
  label: string;
  roles: readonly Role[];
}

const caseworkers: readonly Role[] = [Roles.caseworker, Roles.teamlead, Roles.jurist];

/** The main navigation; each person sees the items of their roles, in this order. */
export const navigation: readonly NavItem[] = [
  { to: '/werkvoorraad', label: 'nav.worklist', roles: caseworkers },
  { to: '/dossiers', label: 'nav.cases', roles: caseworkers },
  { to: '/melding/nieuw', label: 'nav.newCase', roles: [Roles.caseworker, Roles.teamlead] },
  { to: '/audit', label: 'nav.dashboard', roles: [Roles.auditor] },
  { to: '/audit/procesmodel', label: 'nav.processMap', roles: [Roles.auditor] },
  { to: '/audit/knelpunten', label: 'nav.redTape', roles: [Roles.auditor] },
  { to: '/beheer/incidenten', label: 'nav.incidents', roles: [Roles.administrator] },
  { to: '/beheer/toegangslog', label: 'nav.accessLog', roles: [Roles.administrator] },
  { to: '/ontwerper', label: 'nav.designer', roles: [Roles.designer] },
];

export const navigationFor = (roles: readonly string[]): NavItem[] =>
  navigation.filter((item) => hasAnyRole(roles, item.roles));

/** Where a person lands after signing in: their first navigation item. */
export const homeFor = (roles: readonly string[]): string => navigationFor(roles)[0]?.to ?? '/geen-toegang';
