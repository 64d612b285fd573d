import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { unwrap } from '@shared/contract/clinic-api'
import type { CallInput } from '@shared/contract/calls'
import type { CallResult } from '@shared/contract/errors'
import type { StaffMember } from '@shared/staff/staff-member'

/** The clinic's staff list, one copy for every screen: a change saved in Settings → Staff is what the audit log's filter offers. */
export const useStaffStore = defineStore('staff', () => {
  const members = shallowRef<StaffMember[]>([])

  async function refresh(): Promise<StaffMember[]> {
    members.value = unwrap(await window.clinic.staff.list({}))
    return members.value
  }

  /** Keeps main's answer in the list, in place of the same person or added at its end. */
  async function keep(change: Promise<CallResult<StaffMember>>): Promise<StaffMember> {
    const saved = unwrap(await change)
    const known = members.value.some((member) => member.id === saved.id)
    members.value = known ? members.value.map((member) => (member.id === saved.id ? saved : member)) : [...members.value, saved]
    return saved
  }

  return {
    members,
    refresh,
    create: (person: CallInput<'staff.create'>) => keep(window.clinic.staff.create(person)),
    update: (change: CallInput<'staff.update'>) => keep(window.clinic.staff.update(change)),
    setPin: (pin: CallInput<'staff.setPin'>) => keep(window.clinic.staff.setPin(pin))
  }
})
