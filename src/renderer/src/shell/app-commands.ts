import { onBeforeUnmount, onMounted } from 'vue'
import { useRouter } from 'vue-router'
import type { MenuCommand } from '@shared/contract/menu-commands'
import { useWindowKeydown } from '../common/use-window-keydown'
import { useRegisterStore } from '../register/register-store'
import { useDeskSession } from '../staff/desk-session-store'
import { isShortcut, SHORTCUTS, type Shortcut } from './shortcut'

const KEYS: Record<MenuCommand, Shortcut> = {
  'new-client': SHORTCUTS.newClient,
  'find-client': SHORTCUTS.findClient,
  'lock-desk': SHORTCUTS.lockDesk
}

/**
 * New client, Find client and Lock, from the application menu or from the keyboard. The page
 * listens for the keys itself, so they work the same in the app and in a plain browser.
 */
export function useAppCommands(): void {
  const router = useRouter()
  const register = useRegisterStore()
  const session = useDeskSession()

  function run(command: MenuCommand): void {
    // Behind the lock screen (or before the desk is set up) the page does nothing it is asked.
    if (!session.atWork) return
    if (command === 'lock-desk') {
      // Only a signed-in person has a desk to lock; where nobody signs in there is no lock.
      if (session.person) void session.lock('lock')
    } else if (command === 'new-client') {
      void router.push({ name: 'client-new' })
    } else {
      register.requestSearchFocus()
      void router.push({ name: 'register' })
    }
  }

  useWindowKeydown((event) => {
    const command = (Object.keys(KEYS) as MenuCommand[]).find((name) => isShortcut(event, KEYS[name]))
    if (!command) return
    event.preventDefault()
    event.stopPropagation()
    run(command)
  })

  let stopListeningToMenu: (() => void) | undefined
  onMounted(() => (stopListeningToMenu = window.clinic.menu.onCommand(run)))
  onBeforeUnmount(() => stopListeningToMenu?.())
}
