// Bundled into the page before the app loads: `window.clinic` exactly as the preload builds
// it, but over a function Playwright exposes instead of Electron IPC.
import { buildClinicApi, type ClinicApi } from '../../../src/shared/contract/clinic-api'
import type { CallName } from '../../../src/shared/contract/call-names'
import type { CallResult } from '../../../src/shared/contract/errors'

declare global {
  interface Window {
    clinic: ClinicApi
    __clinicLoopback(name: CallName, input: unknown): Promise<CallResult<unknown>>
  }
}

window.clinic = buildClinicApi((name, input) => window.__clinicLoopback(name, input))
