import { useToast } from 'primevue/usetoast'
import { useI18n } from 'vue-i18n'
import { ClinicCallError } from '@shared/contract/clinic-api'
import type { ErrorCode } from '@shared/contract/errors'
import { useDeskSession } from '../staff/desk-session-store'

const SHOWN_FOR_MS = 8000

const SUMMARY_KEYS = {
  invalid_input: 'common.errors.checkForm',
  not_found: 'common.errors.notFound',
  database_busy: 'common.errors.busy',
  database_unavailable: 'common.errors.unavailable',
  unreachable: 'common.errors.unavailable',
  file_unavailable: 'common.errors.fileUnavailable',
  forbidden: 'common.errors.forbidden',
  signed_out: 'common.errors.signedOut',
  conflict: 'common.errors.conflict',
  unexpected: 'common.errors.unexpected'
} as const satisfies Record<ErrorCode, string>

/**
 * Reports a failure that belongs to no single field as a toast. Main's messages are
 * already written for the desk; anything else is a bug, so it also goes to the console.
 * A call refused because the desk locked on its way says nothing: the lock screen says it.
 */
export function useErrorToast(): (error: unknown) => void {
  const toast = useToast()
  const { t } = useI18n()
  const session = useDeskSession()
  return (error) => {
    if (session.refusedForLock(error)) return
    if (error instanceof ClinicCallError) {
      toast.add({ severity: 'error', summary: t(SUMMARY_KEYS[error.code]), detail: error.message, life: SHOWN_FOR_MS })
      return
    }
    console.error(error)
    toast.add({ severity: 'error', summary: t('common.errors.unexpected'), detail: t('common.errors.tryAgain'), life: SHOWN_FOR_MS })
  }
}
