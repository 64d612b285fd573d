import { z } from 'zod'
import { refusal } from '../words/refusal'
import { words } from '../words/words'

export const MAX_LOGO_BYTES = 2 * 1024 * 1024

const SIGNATURES: Record<'image/png' | 'image/jpeg', number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff]
}

function decodeBase64(text: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(text), (character) => character.charCodeAt(0))
  } catch {
    return undefined
  }
}

/** The image type a file's first bytes say it is, if it is a PNG or a JPEG. */
export function logoImageType(bytes: Uint8Array): keyof typeof SIGNATURES | undefined {
  return (Object.keys(SIGNATURES) as (keyof typeof SIGNATURES)[]).find((type) =>
    SIGNATURES[type].every((byte, index) => bytes[index] === byte)
  )
}

/** A clinic logo for the handout header: a PNG or JPEG of at most 2 MB, sent as base64. */
export const clinicLogoSchema = z
  .object({ base64: z.string().min(1, refusal('logo.missing')) })
  .transform((logo, context) => {
    const bytes = decodeBase64(logo.base64)
    if (!bytes) {
      context.addIssue({ code: 'custom', message: words('logo.unreadable') })
      return z.NEVER
    }
    if (bytes.length > MAX_LOGO_BYTES) {
      context.addIssue({ code: 'custom', message: words('logo.tooLarge') })
      return z.NEVER
    }
    const mimeType = logoImageType(bytes)
    if (!mimeType) {
      context.addIssue({ code: 'custom', message: words('logo.notAnImage') })
      return z.NEVER
    }
    return { mimeType, base64: logo.base64 }
  })
export type ClinicLogo = z.output<typeof clinicLogoSchema>
