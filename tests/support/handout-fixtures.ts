import type { Treatment } from '../../src/shared/register/treatment'
import type { ClientFields } from '../../src/shared/register/client'
import type { TempRegister } from './temp-register'

/** The clinic the handout tests print for: every header and call-us field filled in. */
export const HARBOUR_CLINIC = {
  name: 'Harbour Skin Clinic',
  address: '12 Quay Street, Bristol BS1 4DJ',
  phone: '0117 496 0123',
  outOfHoursPhone: '07700 900456'
}

/**
 * A new client and their standard treatment: cheeks at `depthMm` and forehead at 0.25 mm on
 * Friday 20 November 2026, 14:30 in London, by Dr Okafor with a pen.
 */
export async function recordStandardTreatment(
  register: TempRegister,
  client: ClientFields,
  { depthMm = 1.5, sessionNumber = 1 }: { depthMm?: number; sessionNumber?: number | null } = {}
): Promise<Treatment> {
  const { id: clientId } = await register.ok('clients.create', client)
  return register.ok('treatments.create', {
    clientId,
    performedAt: '2026-11-20T14:30',
    timeZone: 'Europe/London',
    practitioner: 'Dr Amara Okafor',
    device: 'Microneedling pen',
    zones: [
      { zone: 'cheeks', depthMm },
      { zone: 'forehead', depthMm: 0.25 }
    ],
    sessionNumber
  })
}
