import { z } from 'zod'
import { refusal } from '../words/refusal'

/** What a person at the clinic may do, from least to most. */
export const STAFF_ROLES = ['reception', 'practitioner', 'owner'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

/** One person of the clinic's staff, as the desk shows them. Never their PIN, nor its hash. */
export interface StaffMember {
  id: string
  name: string
  role: StaffRole
  /** A doctor may, like the owner, let a visit the screening stopped go ahead, by name and with a reason. */
  doctor: boolean
  /** A person who has left stays on the list, inactive, so the records keep their name. */
  active: boolean
}

export const staffIdSchema = z.string(refusal('staff.person.choose')).min(1, refusal('staff.person.choose'))

export const staffNameSchema = z
  .string(refusal('staff.name.missing'))
  .trim()
  .min(1, refusal('staff.name.missing'))
  .max(100, refusal('staff.name.tooLong', { max: 100 }))

/** 4 to 8 digits: quick to type at a counter, and never shown or printed anywhere. */
export const pinSchema = z
  .string(refusal('staff.pin.missing'))
  .regex(/^\d{4,8}$/, refusal('staff.pin.format'))

export const staffRoleSchema = z.enum(STAFF_ROLES, refusal('staff.role.invalid'))

const isDoctor = z.boolean(refusal('staff.doctor.missing')).default(false)

export const newStaffSchema = z.object({ name: staffNameSchema, role: staffRoleSchema, doctor: isDoctor, pin: pinSchema })

export const staffChangeSchema = z.object({
  id: staffIdSchema,
  name: staffNameSchema,
  role: staffRoleSchema,
  doctor: isDoctor,
  active: z.boolean()
})

export const staffPinSchema = z.object({ id: staffIdSchema, pin: pinSchema })
