import { ref, shallowRef, watch, type Ref } from 'vue'
import { ClinicCallError, unwrap } from '@shared/contract/clinic-api'
import type { Client } from '@shared/register/client'
import type { Treatment } from '@shared/register/treatment'
import { onRegisterChange } from '../shell/register-changes'

/**
 * A client and their treatments, newest first, loaded again whenever the id changes and,
 * with `followChanges`, whenever any desk saves something (a page that only shows them; a
 * form keeps what it loaded, so nothing typed is replaced under the person's hands).
 */
export function useClientRecord(id: Ref<string>, onFailure: (error: unknown) => void, { followChanges = false } = {}) {
  const client = shallowRef<Client>()
  const treatments = shallowRef<Treatment[]>([])
  /** The id names nobody in the register (an old link, a deleted file). */
  const missing = ref(false)

  async function load(): Promise<void> {
    try {
      const [found, history] = await Promise.all([
        window.clinic.clients.get({ id: id.value }),
        window.clinic.treatments.listForClient({ clientId: id.value })
      ])
      client.value = unwrap(found)
      treatments.value = unwrap(history)
      missing.value = false
    } catch (error) {
      if (error instanceof ClinicCallError && (error.code === 'not_found' || error.code === 'invalid_input')) missing.value = true
      else onFailure(error)
    }
  }

  watch(id, load, { immediate: true })
  if (followChanges) onRegisterChange(load)
  return { client, treatments, missing, reload: load }
}
