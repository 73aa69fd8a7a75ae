/** Role claim values (shared with the host's policy table). */
export const Roles = {
  designer: 'designer',
  caseworker: 'caseworker',
  teamlead: 'teamlead',
  jurist: 'jurist',
  auditor: 'auditor',
  administrator: 'administrator',
} as const;

export type Role = (typeof Roles)[keyof typeof Roles];

export const hasAnyRole = (roles: readonly string[], allowed: readonly Role[]): boolean =>
  allowed.length === 0 || roles.some((role) => allowed.includes(role as Role));
