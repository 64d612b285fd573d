import { useConfirm } from 'primevue/useconfirm'
import { useI18n } from 'vue-i18n'

export interface Question {
  header: string
  message: string
  /** The label of the button that goes ahead. */
  confirm: string
  /** The label of the button that backs out; "Cancel" unless given. */
  cancel?: string
  /** Whether going ahead is a loss to think twice about (shown in red). */
  danger?: boolean
}

/**
 * Asks in the app's confirm dialog; resolves true only when the person goes ahead.
 * Esc, the close button and Cancel all answer no, and Cancel has the focus.
 */
export function useAsk(): (question: Question) => Promise<boolean> {
  const confirm = useConfirm()
  const { t } = useI18n()
  return (question) =>
    new Promise((resolve) => {
      confirm.require({
        header: question.header,
        message: question.message,
        acceptProps: { label: question.confirm, severity: question.danger ? 'danger' : undefined },
        rejectProps: { label: question.cancel ?? t('common.cancel'), severity: 'secondary', outlined: true },
        defaultFocus: 'reject',
        accept: () => resolve(true),
        reject: () => resolve(false),
        onHide: () => resolve(false)
      })
    })
}
