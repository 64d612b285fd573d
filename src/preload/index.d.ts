import type { DeskApi } from './desk-api'

declare global {
  interface Window {
    clinic: DeskApi
  }
}
