import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { STAFF_ROLES, type StaffRole } from '@shared/staff/staff-member'

/** The roles as pick-list options, from least to most a person may do. */
export function useRoleOptions(): ComputedRef<{ value: StaffRole; label: string }[]> {
  const { t } = useI18n()
  return computed(() => STAFF_ROLES.map((role) => ({ value: role, label: t(`staff.roles.${role}`) })))
}
