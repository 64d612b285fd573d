import { deflateSync } from 'node:zlib'
import type { TreatedZone } from '../../src/shared/register/treatment'
import type { TempRegister } from './temp-register'

// A consent signed for a visit, for tests: a signature as the pad makes it, the input of
// consents.sign, and a consent made sure of before a treatment for today.

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

/**
 * A consent that covers the visit screened (`screeningId`) with this device, signed now unless
 * one already does: what a treatment for today needs besides its screening. Returns its id.
 */
export async function consentForVisit(
  register: Pick<TempRegister, 'ok'>,
  visit: { clientId: string; screeningId: string; device?: string | null; zones: readonly TreatedZone[]; timeZone?: string }
): Promise<string> {
  const device = visit.device ?? null
  const covered = await register.ok('consents.check', { clientId: visit.clientId, screeningId: visit.screeningId, device })
  if (covered.valid) return covered.consent.id
  const signed = await register.ok(
    'consents.sign',
    signedConsent(visit.clientId, visit.screeningId, { device, zones: [...visit.zones], ...(visit.timeZone && { timeZone: visit.timeZone }) })
  )
  return signed.entry.id
}
