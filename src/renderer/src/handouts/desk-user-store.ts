import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { useClinicSettingsStore } from '../settings/clinic-settings-store'
import { i18n } from '../i18n'
import { useDeskSession } from '../staff/desk-session-store'

/**
 * What a handout takes from the clinic's settings (paper, desk users), as they are now,
 * and who is at the desk: the signed-in person first, else the clinic's desk users; chosen
 * once when there are several, kept until the app closes or another person signs in.
 */
export const useDeskUserStore = defineStore('desk-user', () => {
  const clinicSettings = useClinicSettingsStore()
  const session = useDeskSession()
  const chosen = ref<string>()

  const signedIn = computed(() => session.person?.name)
  const deskUsers = computed(() => {
    const listed = clinicSettings.settings?.deskUsers ?? []
    return signedIn.value ? [signedIn.value, ...listed.filter((name) => name !== signedIn.value)] : listed
  })
  const needsChoice = computed(() => deskUsers.value.length > 1)
  const producedBy = computed(() => {
    const users = deskUsers.value
    // With nobody signed in and no desk users listed: the desk itself, in its language.
    return chosen.value && users.includes(chosen.value) ? chosen.value : users[0] ?? i18n.global.t('handouts.frontDesk')
  })
  const paper = computed(() => clinicSettings.settings?.paper ?? 'A4')
  // Another person at the desk gives their own handouts.
  watch(signedIn, () => (chosen.value = undefined))

  /** Reads the settings afresh, before each handout. */
  async function load(): Promise<void> {
    await clinicSettings.refresh()
  }

  return { chosen, deskUsers, needsChoice, producedBy, paper, load }
})
