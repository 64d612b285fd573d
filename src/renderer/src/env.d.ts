/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The clinic's PrimeUI licence key, given at build time (PrimeVue shows a notice without one). */
  readonly VITE_PRIMEUI_LICENSE?: string
}
