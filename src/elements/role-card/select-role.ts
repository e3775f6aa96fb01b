import type { ProfessionId } from '../../feed/professions.js';
import type { RoleItem } from '../../feed/types.js';

/** Which role to show, already checked: see parseProfession (src/core/attributes.ts). */
export interface RoleFilter {
  readonly profession: ProfessionId;
}

/** The feed's role for the profession, or `undefined` when it has none. Pure, with no DOM. */
export function selectRole(roles: readonly RoleItem[], filter: RoleFilter): RoleItem | undefined {
  return roles.find((role) => role.profession === filter.profession);
}
