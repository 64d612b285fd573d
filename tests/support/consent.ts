import { deflateSync } from 'node:zlib'
import { todayIn } from '../../src/shared/dates/calendar-date'
import type { TreatedZone } from '../../src/shared/register/treatment'
import { DEFAULT_QUESTIONNAIRE } from '../../src/shared/screening/default-questionnaire'
import type { ScreeningAnswers } from '../../src/shared/screening/screening-answers'
import type { RecordScreeningInput } from '../../src/shared/screening/screening-record'
import type { TempRegister } from './temp-register'
import { nothingToDeclare } from './screening-answers'

/**
 * A PNG as a signature pad saves it (8-bit RGBA, transparent ground), with a dark stroke drawn
 * across it: a wave, so that it is clearly a signature; `ink: false` gives the empty pad.
 */
export function signaturePng({ width = 600, height = 200, ink = true, seed = 1 }: { width?: number; height?: number; ink?: boolean; seed?: number } = {}): Uint8Array<ArrayBuffer> {
  const stride = width * 4
  const raw = Buffer.alloc((stride + 1) * height)
  if (ink) {
    for (let x = 40; x < width - 40; x++) {
      const y = Math.round(height / 2 + (height / 4) * Math.sin((x * seed) / 37))
      for (let dy = -2; dy <= 2; dy++) {
        const row = y + dy
        if (row < 0 || row >= height) continue
        const at = row * (stride + 1) + 1 + x * 4
        raw.set([20, 30, 60, 255], at)
      }
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 6, 0, 0, 0], 8)
  const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0))
  ])
  return new Uint8Array(png)
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

export interface VisitReady {
  screeningId: string
  consentId: string
}

/**
 * What a treatment for today needs before it can be recorded: a clear screening of the visit
 * and a consent signed for it. For suites that record treatments for today; `answers`, `zones`
 * and `device` as the treatment will have them.
 */
export async function screenAndConsent(
  register: Pick<TempRegister, 'ok'>,
  clientId: string,
  visit: { device?: string | null; zones?: TreatedZone[]; at?: string; timeZone?: string; answers?: ScreeningAnswers; radiofrequency?: boolean } = {}
): Promise<VisitReady> {
  const timeZone = visit.timeZone ?? 'Europe/London'
  const zones = visit.zones ?? [{ zone: 'cheeks', depthMm: 1 }]
  const screening = await register.ok('screenings.record', {
    ...visitScreening(clientId, { zones: zones.map((zone) => zone.zone), device: visit.device ?? null, timeZone }),
    ...(visit.at && { visitAt: visit.at }),
    questionnaireVersion: (await register.ok('screening.current', {})).version,
    answers: visit.answers ?? nothingToDeclare(DEFAULT_QUESTIONNAIRE, visit.radiofrequency ?? false)
  })
  const consent = await register.ok('consents.sign', signedConsent(clientId, screening.id, { device: visit.device ?? null, zones, timeZone }))
  return { screeningId: screening.id, consentId: consent.entry.id }
}

/** The input of screenings.record for a visit today at 09:00, with nothing to declare under the shipped questionnaire. */
export function visitScreening(clientId: string, changes: Partial<RecordScreeningInput> = {}): RecordScreeningInput {
  const timeZone = changes.timeZone ?? 'Europe/London'
  return {
    clientId,
    visitAt: `${todayIn(timeZone)}T09:00`,
    timeZone,
    zones: ['cheeks'],
    questionnaireVersion: 1,
    answers: nothingToDeclare(DEFAULT_QUESTIONNAIRE, false),
    recordedBy: 'Front desk',
    ...changes
  }
}

/** The input of consents.sign for a visit, both signatures drawn. */
export function signedConsent(
  clientId: string,
  screeningId: string,
  changes: { device?: string | null; zones?: TreatedZone[]; timeZone?: string; [key: string]: unknown } = {}
) {
  return {
    clientId,
    screeningId,
    device: null,
    zones: [{ zone: 'cheeks' as const, depthMm: 1 }],
    photoConsent: 'record' as const,
    patientSignature: signaturePng({ seed: 1 }),
    practitioner: 'Dr Okafor',
    practitionerSignature: signaturePng({ seed: 3 }),
    timeZone: 'Europe/London',
    producedBy: 'Front desk',
    ...changes
  }
}
