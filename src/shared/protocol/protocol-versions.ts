import { z } from 'zod'
import { MAX_STORED_WHOLE_NUMBER } from '../register/field-rules'
import { aftercareProtocolSchema, type AftercareProtocol } from '../aftercare/protocol'
import { PAPER_SIZES } from '../clinic/clinic-settings'
import { deskUserName } from '../handouts/handout-kinds'
import { HANDOUT_LANGUAGES } from '../register/vocabulary'
import { refusal } from '../words/refusal'

/** A saved version of the protocol: who saved it, when, and why. */
export interface ProtocolVersionInfo {
  version: number
  note: string
  createdBy: string
  createdAt: string
}

export interface ProtocolVersion extends ProtocolVersionInfo {
  protocol: AftercareProtocol
}

/** One difference between two versions: where, and the value before and after. */
export interface ProtocolChange {
  path: string
  kind: 'added' | 'removed' | 'changed'
  before?: unknown
  after?: unknown
}

const versionNote = z.string().trim().max(500, refusal('version.note.tooLong')).default('')

export const saveProtocolSchema = z.object({
  protocol: aftercareProtocolSchema,
  note: versionNote,
  createdBy: deskUserName
})

export const restoreDefaultProtocolSchema = z.object({ note: versionNote, createdBy: deskUserName })

export const protocolVersionNumber = z
  .number()
  .int(refusal('version.whole'))
  .min(1, refusal('version.fromOne'))
  .max(MAX_STORED_WHOLE_NUMBER, refusal('protocol.version.tooHigh'))

export const compareProtocolsSchema = z.object({ from: protocolVersionNumber, to: protocolVersionNumber })

/** A handout for a sample treatment under a draft protocol, for the editor's live preview. */
export const previewProtocolSchema = z.object({
  protocol: aftercareProtocolSchema,
  depthMm: z.number().min(0.1).max(3).default(1),
  language: z.enum(HANDOUT_LANGUAGES).default('en'),
  paper: z.enum(PAPER_SIZES).default('A4')
})
