import type { Client } from '../../../src/shared/register/client'
import type { TreatedZone, Treatment } from '../../../src/shared/register/treatment'
import type { HandoutLanguage } from '../../../src/shared/register/vocabulary'

/** Records as the register stores them, for feeding the aftercare engine. */

export const CLIENT_ID = '01JD0000000000000000000000'

export function aClient(language: HandoutLanguage = 'en'): Client {
  return {
    id: CLIENT_ID,
    givenName: 'Ada',
    familyName: 'Lovelace',
    dateOfBirth: null,
    phone: null,
    email: null,
    skinType: null,
    language,
    notes: '',
    archived: false,
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    lastActivityAt: '2026-01-01T09:00:00.000Z',
    version: 1
  }
}

export function aTreatment(
  changes: Partial<Omit<Treatment, 'deepestDepthMm'>> & { depthMm?: number } = {}
): Treatment {
  const { depthMm = 0.5, ...rest } = changes
  const zones: TreatedZone[] = rest.zones ?? [{ zone: 'cheeks', depthMm }]
  return {
    id: '01JD0000000000000000000001',
    clientId: CLIENT_ID,
    performedAt: '2026-11-30T14:30',
    timeZone: 'UTC',
    practitioner: null,
    device: null,
    concerns: [],
    products: null,
    notes: '',
    sessionNumber: null,
    createdAt: '2026-11-30T14:45:00.000Z',
    ...rest,
    screening: rest.screening ?? null,
    zones,
    deepestDepthMm: Math.max(...zones.map((zone) => zone.depthMm))
  }
}
