import { useToast } from 'primevue/usetoast'
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { unwrap } from '@shared/contract/clinic-api'
import type { HandoutKind, ProducedHandout } from '@shared/handouts/handout-kinds'
import type { HandoutLanguage } from '@shared/register/vocabulary'
import type { DeskFile, DesktopAction } from '@shared/contract/desktop-calls'
import { useErrorToast } from '../shell/use-error-toast'
import { useDeskUserStore } from './desk-user-store'

/** What the desk can do with a treatment's handout: each is a kind of file and a desktop action. */
export const HANDOUT_ACTIONS = {
  preview: { kind: 'handout', action: 'preview' },
  print: { kind: 'handout', action: 'print' },
  savePdf: { kind: 'handout', action: 'save' },
  saveCalendar: { kind: 'calendar', action: 'save' },
  saveIcs: { kind: 'ics', action: 'save' }
} as const satisfies Record<string, { kind: HandoutKind; action: DesktopAction }>
export type HandoutAction = keyof typeof HANDOUT_ACTIONS

/**
 * Hands a produced file to the desktop (viewer, print dialog, save dialog) and says how it
 * went: a toast for a saved file, the desk's own words for a failure.
 */
export function useDeskFiles() {
  const toast = useToast()
  const { t } = useI18n()
  const showError = useErrorToast()

  async function handToDesktop(action: DesktopAction, file: DeskFile): Promise<boolean> {
    const result = await window.clinic.desktop[action](file)
    if (!result.ok) {
      toast.add({ severity: 'error', summary: t(`handouts.failed.${action}`), detail: result.error.message, life: 8000 })
      return false
    }
    if (action === 'save' && result.value.savedTo) {
      toast.add({ severity: 'success', summary: t('handouts.saved'), detail: result.value.savedTo, life: 4000 })
    }
    return true
  }

  return { handToDesktop, showError }
}

/**
 * Reprints a logged file under the desk user and hands it over: a calendar file is saved again
 * for the patient to import (it cannot be printed), anything else goes to the printer.
 * `reprinting` holds the id of the entry under way; `afterward` runs once it is handed over.
 */
export function useReprint(reprintEntry: (id: string, producedBy: string) => Promise<DeskFile>, afterward?: () => Promise<void>) {
  const deskUser = useDeskUserStore()
  const { handToDesktop, showError } = useDeskFiles()
  const reprinting = ref<string>()

  async function reprint(id: string): Promise<void> {
    if (reprinting.value) return
    reprinting.value = id
    try {
      await deskUser.load()
      const { fileName, mimeType, bytes } = await reprintEntry(id, deskUser.producedBy)
      await handToDesktop(mimeType === 'text/calendar' ? 'save' : 'print', { fileName, mimeType, bytes })
      await afterward?.()
    } catch (error) {
      showError(error)
    } finally {
      reprinting.value = undefined
    }
  }

  return { reprinting, reprint }
}

/** Produces a treatment's handout, calendar or .ics, logged under the desk user, and hands it over. */
export function useHandoutActions(onProduced: (produced: ProducedHandout) => void) {
  const deskUser = useDeskUserStore()
  const { handToDesktop, showError } = useDeskFiles()
  const busy = ref<HandoutAction>()

  async function run(treatmentId: string, which: HandoutAction, language: HandoutLanguage | undefined): Promise<void> {
    if (busy.value) return
    busy.value = which
    const { kind, action } = HANDOUT_ACTIONS[which]
    try {
      await deskUser.load()
      const produced = unwrap(
        await window.clinic.handouts.produce({
          treatmentId,
          kind,
          ...(kind !== 'ics' && { paper: deskUser.paper }),
          ...(language && { language }),
          producedBy: deskUser.producedBy
        })
      )
      onProduced(produced)
      await handToDesktop(action, { fileName: produced.fileName, mimeType: produced.mimeType, bytes: produced.bytes })
    } catch (error) {
      showError(error)
    } finally {
      busy.value = undefined
    }
  }

  return { busy, run }
}
