import { onBeforeUnmount, onMounted } from 'vue'

/**
 * Listens to every key press in the window while the calling component is on screen,
 * before the focused control sees it, so a shortcut the listener takes (and stops) does
 * not also type into a list or a field.
 */
export function useWindowKeydown(listener: (event: KeyboardEvent) => void): void {
  onMounted(() => window.addEventListener('keydown', listener, { capture: true }))
  onBeforeUnmount(() => window.removeEventListener('keydown', listener, { capture: true }))
}
