import { watchEffect } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute } from 'vue-router'
import { clinicTitle } from '../staff/clinic-title'
import { useDeskSession } from '../staff/desk-session-store'

/**
 * The window's title: the screen, then the app. While the desk is locked or not set up, only
 * the clinic and the app, so the taskbar says nothing of the screen behind the lock.
 */
export function useWindowTitle(): void {
  const { t } = useI18n()
  const route = useRoute()
  const session = useDeskSession()

  watchEffect(() => {
    const appName = t('common.appName')
    const screen = route.meta.title
    if (session.atWork && screen) {
      document.title = `${t(`shell.titles.${screen}`)} · ${appName}`
      return
    }
    const clinic = clinicTitle(session.state?.clinicName, appName)
    document.title = clinic === appName ? appName : `${clinic} · ${appName}`
  })
}
