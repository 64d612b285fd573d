import { onBeforeUnmount, onMounted } from 'vue'
import { useRouter } from 'vue-router'
import type { MenuCommand } from '@shared/contract/menu-commands'
import { useWindowKeydown } from '../common/use-window-keydown'
import { useRegisterStore } from '../register/register-store'
import { isShortcut, SHORTCUTS } from './shortcut'

/**
 * New client and Find client, from the application menu or from the keyboard. The page
 * listens for the keys itself, so they work the same in the app and in a plain browser.
 */
export function useAppCommands(): void {
  const router = useRouter()
  const register = useRegisterStore()

  function run(command: MenuCommand): void {
    if (command === 'new-client') {
      void router.push({ name: 'client-new' })
    } else {
      register.requestSearchFocus()
      void router.push({ name: 'register' })
    }
  }

  useWindowKeydown((event) => {
    const command: MenuCommand | undefined = isShortcut(event, SHORTCUTS.newClient)
      ? 'new-client'
      : isShortcut(event, SHORTCUTS.findClient)
        ? 'find-client'
        : undefined
    if (!command) return
    event.preventDefault()
    event.stopPropagation()
    run(command)
  })

  let stopListeningToMenu: (() => void) | undefined
  onMounted(() => (stopListeningToMenu = window.clinic.menu.onCommand(run)))
  onBeforeUnmount(() => stopListeningToMenu?.())
}
