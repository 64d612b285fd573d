import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { unwrap } from '../../../shared/contract/clinic-api'
import type { ClinicSettings } from '../../../shared/clinic/clinic-settings'

/** Who the handout log names when the clinic lists no desk users. */
export const FRONT_DESK = 'Front desk'

/**
 * The clinic's settings a handout needs (paper, desk users) and who is at the desk this
 * session: chosen once when the clinic lists several, kept until the app closes.
 */
export const useDeskUserStore = defineStore('desk-user', () => {
  const settings = shallowRef<ClinicSettings>()
  const chosen = ref<string>()
  let loading: Promise<void> | undefined

  /** Loads the clinic's settings once; later calls wait for the same answer. */
  function load(): Promise<void> {
    loading ??= window.clinic.clinic.get({}).then((result) => {
      settings.value = unwrap(result)
    })
    loading.catch(() => (loading = undefined))
    return loading
  }

  const deskUsers = computed(() => settings.value?.deskUsers ?? [])
  const needsChoice = computed(() => deskUsers.value.length > 1)
  const producedBy = computed(() => {
    const users = deskUsers.value
    if (users.length === 0) return FRONT_DESK
    if (users.length === 1) return users[0] ?? FRONT_DESK
    return chosen.value && users.includes(chosen.value) ? chosen.value : users[0] ?? FRONT_DESK
  })
  const paper = computed(() => settings.value?.paper ?? 'A4')

  return { settings, chosen, deskUsers, needsChoice, producedBy, paper, load }
})
