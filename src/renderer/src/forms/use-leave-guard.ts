import { useI18n } from 'vue-i18n'
import { onBeforeRouteLeave } from 'vue-router'
import { useAsk } from '../common/use-ask'

/**
 * Asks before leaving a form whose changes are not saved, so nothing typed is lost by a
 * stray click or shortcut. Call the returned function once the form has saved.
 */
export function useLeaveGuard(hasUnsavedChanges: () => boolean): () => void {
  const { t } = useI18n()
  const ask = useAsk()
  let saved = false
  onBeforeRouteLeave(() => {
    if (saved || !hasUnsavedChanges()) return true
    return ask({
      header: t('common.leave.title'),
      message: t('common.leave.message'),
      confirm: t('common.leave.leave'),
      cancel: t('common.leave.stay'),
      danger: true
    })
  })
  return () => {
    saved = true
  }
}
