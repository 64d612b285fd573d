import { z } from 'zod'
import { pinSchema } from '@shared/staff/staff-member'
import { i18n } from '../i18n'

/** The PIN and the PIN again: nobody sees a PIN as it is typed, so it is typed twice. Its message is worded when given, in the desk's language then. */
const pinTwiceSchema = z
  .object({ pin: pinSchema, pinAgain: z.string() })
  .refine((form) => form.pin === form.pinAgain, { path: ['pinAgain'], error: () => i18n.global.t('staff.pinsDiffer') })

/** A form that sets a PIN: its other fields, the PIN, and the PIN again. Only the PIN itself goes to main. */
export function pinTypedTwice<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.object(shape).and(pinTwiceSchema)
}
