/** The four medical associate professions, in the order the hub page lists them. */
export const PROFESSIONS = [
  'advanced-critical-care-practitioner',
  'physician-assistant-anaesthesia',
  'physician-associate',
  'surgical-care-practitioner',
] as const;

export type ProfessionId = (typeof PROFESSIONS)[number];

export function isProfession(value: unknown): value is ProfessionId {
  return typeof value === 'string' && (PROFESSIONS as readonly string[]).includes(value);
}
