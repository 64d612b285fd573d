import type { DeskApi } from '@shared/contract/desk-api'

declare global {
  interface Window {
    clinic: DeskApi
  }
}
