import { onBeforeUnmount, onMounted } from 'vue'
import { useDeskSession } from '../staff/desk-session-store'

/**
 * Listens to every key press in the window while the calling component is on screen,
 * before the focused control sees it, so a shortcut the listener takes (and stops) does
 * not also type into a list or a field. Behind the lock screen the page is not on screen:
 * its shortcuts wait until someone signs in.
 */
export function useWindowKeydown(listener: (event: KeyboardEvent) => void): void {
  const session = useDeskSession()
  const whileAtWork = (event: KeyboardEvent): void => {
    if (session.atWork) listener(event)
  }
  onMounted(() => window.addEventListener('keydown', whileAtWork, { capture: true }))
  onBeforeUnmount(() => window.removeEventListener('keydown', whileAtWork, { capture: true }))
}
