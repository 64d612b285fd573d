import { contextBridge, ipcRenderer } from 'electron'
import { CLINIC_CHANNEL } from '../shared/contract/call-names'
import { buildClinicApi, type ClinicApi } from '../shared/contract/clinic-api'
import type { CallResult } from '../shared/contract/errors'

// The page gets `window.clinic` and nothing else: one method per call of the contract.
const clinic: ClinicApi = buildClinicApi(
  (name, input) => ipcRenderer.invoke(CLINIC_CHANNEL, name, input) as Promise<CallResult<unknown>>
)
contextBridge.exposeInMainWorld('clinic', clinic)
