import { useToast } from 'primevue/usetoast'
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { unwrap } from '@shared/contract/clinic-api'
import type { DeskFile } from '@shared/contract/desktop-calls'
import { useErrorToast } from '../shell/use-error-toast'

const SHOWN_FOR_MS = 8000

/**
 * A subject access request: everything held about a client, saved as JSON and as a readable
 * PDF where the receptionist chooses, and a toast that says where (or that nothing went out).
 */
export function useClientDataExport() {
  const toast = useToast()
  const { t } = useI18n()
  const showError = useErrorToast()
  const exporting = ref(false)

  /** Where the file went; undefined when the save dialog was cancelled; null when saving failed (already said). */
  async function save(file: DeskFile): Promise<string | undefined | null> {
    const result = await window.clinic.desktop.save(file)
    if (result.ok) return result.value.savedTo || undefined
    toast.add({ severity: 'error', summary: t('client.privacy.export.failed'), detail: result.error.message, life: SHOWN_FOR_MS })
    return null
  }

  async function exportClientData(id: string): Promise<void> {
    if (exporting.value) return
    exporting.value = true
    try {
      const { baseName, json, pdf } = unwrap(await window.clinic.clients.exportData({ id }))
      const jsonTo = await save({ fileName: `${baseName}.json`, mimeType: 'application/json', bytes: new TextEncoder().encode(json) })
      if (jsonTo === null) return
      if (jsonTo === undefined) {
        toast.add({ severity: 'info', summary: t('client.privacy.export.cancelledTitle'), detail: t('client.privacy.export.cancelled'), life: SHOWN_FOR_MS })
        return
      }
      const pdfTo = await save({ fileName: `${baseName}.pdf`, mimeType: 'application/pdf', bytes: pdf })
      if (pdfTo === null) return
      toast.add({
        severity: pdfTo ? 'success' : 'warn',
        summary: t('client.privacy.export.savedTitle'),
        detail: pdfTo ? t('client.privacy.export.saved', { json: jsonTo, pdf: pdfTo }) : t('client.privacy.export.pdfNotSaved', { json: jsonTo }),
        life: SHOWN_FOR_MS
      })
    } catch (error) {
      showError(error)
    } finally {
      exporting.value = false
    }
  }

  return { exporting, exportClientData }
}
