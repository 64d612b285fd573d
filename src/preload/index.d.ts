import type { ClinicApi } from '../shared/contract/clinic-api'

declare global {
  interface Window {
    clinic: ClinicApi
  }
}
