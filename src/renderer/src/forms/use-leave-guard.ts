import { onBeforeUnmount, onMounted, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { onBeforeRouteLeave } from 'vue-router'
import { useAsk } from '../common/use-ask'

/**
 * Asks before anything takes the desk away from a form whose changes are not saved, so
 * nothing typed is lost by a stray click, shortcut or close: another screen asks in the page;
 * closing the window (or a reload) is held by the page and asked about by main, which shows
 * the same question in a dialog of the system (main-window.ts, 'will-prevent-unload').
 */
export function useLeaveGuard(changed: Readonly<Ref<boolean>>): void {
  const { t } = useI18n()
  const ask = useAsk()
  onBeforeRouteLeave(() => {
    if (!changed.value) return true
    return ask({
      header: t('common.leave.title'),
      message: t('common.leave.message'),
      confirm: t('common.leave.leave'),
      cancel: t('common.leave.stay'),
      danger: true
    })
  })

  const holdTheWindow = (event: BeforeUnloadEvent): void => {
    if (!changed.value) return
    event.preventDefault()
    // Older engines hold the page only when returnValue is set.
    event.returnValue = ''
  }
  onMounted(() => window.addEventListener('beforeunload', holdTheWindow))
  onBeforeUnmount(() => window.removeEventListener('beforeunload', holdTheWindow))
}
