import Base from '@primevue/core/base'

/**
 * PrimeVue forgets which components' style sheets it has put in the page every time any
 * component or directive mounts (so that a theme changed at run time would be loaded again),
 * and the next component then writes its sheet into the page again: the same text, parsed and
 * applied anew, for every field of a form being opened (primefaces/primevue#8580 is about the
 * same code). The desk's theme never changes while it runs, so what was loaded stays loaded.
 */
export function keepLoadedStyles(): void {
  Base.clearLoadedStyleNames = () => undefined
}
