import type { ComponentPublicInstance } from 'vue'

/**
 * The root element of a component from a template ref. PrimeVue's component types leave
 * out `$el`, which every mounted component has.
 */
export function elementOf<E extends HTMLElement = HTMLElement>(component: unknown): E | undefined {
  return ((component as ComponentPublicInstance | null)?.$el as E | null) ?? undefined
}
