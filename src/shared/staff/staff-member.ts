import { z } from 'zod'

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

export const staffIdSchema = z.string({ error: 'Choose a person from the staff list.' }).min(1, 'Choose a person from the staff list.')

export const staffNameSchema = z
  .string({ error: 'Enter the person’s name.' })
  .trim()
  .min(1, 'Enter the person’s name.')
  .max(100, 'A name can be at most 100 characters.')

/** 4 to 8 digits: quick to type at a counter, and never shown or printed anywhere. */
export const pinSchema = z
  .string({ error: 'Enter a PIN of 4 to 8 digits.' })
  .regex(/^\d{4,8}$/, 'A PIN is 4 to 8 digits, numbers only.')

export const staffRoleSchema = z.enum(STAFF_ROLES, 'Choose reception, practitioner or owner.')

const isDoctor = z.boolean({ error: 'Say whether this person is a doctor.' }).default(false)

export const newStaffSchema = z.object({ name: staffNameSchema, role: staffRoleSchema, doctor: isDoctor, pin: pinSchema })

export const staffChangeSchema = z.object({
  id: staffIdSchema,
  name: staffNameSchema,
  role: staffRoleSchema,
  doctor: isDoctor,
  active: z.boolean()
})

export const staffPinSchema = z.object({ id: staffIdSchema, pin: pinSchema })
