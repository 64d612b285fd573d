import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { useClinicSettingsStore } from '../settings/clinic-settings-store'

/** Who the handout log names when the clinic lists no desk users. */
export const FRONT_DESK = 'Front desk'

/**
 * What a handout takes from the clinic's settings (paper, desk users), as they are now,
 * and who is at the desk this session: chosen once when the clinic lists several, kept until
 * the app closes.
 */
export const useDeskUserStore = defineStore('desk-user', () => {
  const clinicSettings = useClinicSettingsStore()
  const chosen = ref<string>()

  const deskUsers = computed(() => clinicSettings.settings?.deskUsers ?? [])
  const needsChoice = computed(() => deskUsers.value.length > 1)
  const producedBy = computed(() => {
    const users = deskUsers.value
    if (users.length === 0) return FRONT_DESK
    if (users.length === 1) return users[0] ?? FRONT_DESK
    return chosen.value && users.includes(chosen.value) ? chosen.value : users[0] ?? FRONT_DESK
  })
  const paper = computed(() => clinicSettings.settings?.paper ?? 'A4')

  /** Reads the settings afresh, before each handout. */
  async function load(): Promise<void> {
    await clinicSettings.refresh()
  }

  return { chosen, deskUsers, needsChoice, producedBy, paper, load }
})
