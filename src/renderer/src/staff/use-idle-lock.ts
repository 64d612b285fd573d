import { onBeforeUnmount, onMounted, watch } from 'vue'
import { useDeskSession } from './desk-session-store'

/** What counts as someone at the desk: a mouse moved or pressed, a key, a wheel, a touch. */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const

/**
 * Locks the desk when the signed-in person has left it: no input for the clinic's set minutes.
 * Input only notes the time; one timer, set for when the desk would next be idle, checks it.
 */
export function useIdleLock(): void {
  const session = useDeskSession()
  let lastInput = Date.now()
  let timer: ReturnType<typeof setTimeout> | undefined

  const noteInput = (): void => {
    lastInput = Date.now()
  }

  function checkAfter(minutes: number): void {
    const left = lastInput + minutes * 60_000 - Date.now()
    if (left <= 0) void session.lock('idle')
    else timer = setTimeout(() => checkAfter(minutes), left)
  }

  // Set on each sign-in (and when the owner changes the minutes); none while nobody is signed in.
  const idleLockMinutes = () => (session.state?.kind === 'signed in' ? session.state.idleLockMinutes : undefined)
  watch(
    idleLockMinutes,
    (minutes) => {
      clearTimeout(timer)
      if (minutes === undefined) return
      noteInput()
      checkAfter(minutes)
    },
    { immediate: true }
  )

  onMounted(() => INPUT_EVENTS.forEach((name) => window.addEventListener(name, noteInput, { capture: true, passive: true })))
  onBeforeUnmount(() => {
    clearTimeout(timer)
    INPUT_EVENTS.forEach((name) => window.removeEventListener(name, noteInput, { capture: true }))
  })
}
