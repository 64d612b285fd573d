import { z } from 'zod'
import type { StaffMember, StaffRole } from './staff-member'
import { pinSchema, staffIdSchema, staffNameSchema } from './staff-member'
import { refusal } from '../words/refusal'

export const DEFAULT_IDLE_LOCK_MINUTES = 5

/**
 * How the clinic's desks are used: each person signs in with a PIN, and a desk left alone
 * locks itself; or one person works here and nobody signs in (the app as it was before staff).
 */
export const deskAccessSchema = z.object({
  signIn: z.enum(['staff', 'none'], refusal('deskAccess.signIn.invalid')),
  idleLockMinutes: z
    .number(refusal('deskAccess.minutes.whole'))
    .int(refusal('deskAccess.minutes.whole'))
    .min(1, refusal('deskAccess.minutes.tooFew'))
    .max(60, refusal('deskAccess.minutes.tooMany'))
    .default(DEFAULT_IDLE_LOCK_MINUTES)
})
export type DeskAccess = z.output<typeof deskAccessSchema>

/** The first start after staff came to the app: the owner is created, or the clinic says one person works here. */
export const deskSetUpSchema = z.discriminatedUnion(
  'signIn',
  [
    z.object({ signIn: z.literal('staff'), ownerName: staffNameSchema, pin: pinSchema }),
    z.object({ signIn: z.literal('none') })
  ],
  refusal('deskAccess.setUp.choose')
)

export const signInSchema = z.object({ staffId: staffIdSchema, pin: z.string(refusal('signIn.pin.missing')).min(1, refusal('signIn.pin.missing')).max(8, refusal('signIn.pin.tooLong')) })

/** Who is at this desk, as the window needs to know it. */
export type DeskState =
  /** Nobody has said yet how this clinic's desks are used: the first start after the update. */
  | { kind: 'not set up'; clinicName: string }
  /** One person works here: no sign-in, no lock (the minutes are kept for when sign-in is turned on). */
  | { kind: 'open'; clinicName: string; idleLockMinutes: number }
  /** Staff sign in; nobody is signed in at this desk (or it was locked). */
  | { kind: 'locked'; clinicName: string; idleLockMinutes: number; staff: Pick<StaffMember, 'id' | 'name' | 'role'>[] }
  | { kind: 'signed in'; clinicName: string; idleLockMinutes: number; person: Pick<StaffMember, 'id' | 'name' | 'role' | 'doctor'> }

/** The role the desk acts with: a signed-in person's own, or the owner's where nobody signs in. */
export function deskRole(state: DeskState): StaffRole | undefined {
  if (state.kind === 'signed in') return state.person.role
  return state.kind === 'open' ? 'owner' : undefined
}
