import type { z } from 'zod'
import { AppError } from './app-error'
import { invalidInput } from './dispatch'

/**
 * A call's input checked again by a rule the contract cannot know in advance, such as phone
 * numbers read in the clinic's country; refused with each field's message, placed `at` where
 * the fields sit in the call's input ("fields." for a client's update).
 */
export function checkedInput<Schema extends z.ZodType>(schema: Schema, input: unknown, at = ''): z.output<Schema> {
  const checked = schema.safeParse(input)
  if (checked.success) return checked.data
  const { message, fields } = invalidInput(checked.error)
  throw new AppError('invalid_input', message, Object.fromEntries(Object.entries(fields ?? {}).map(([path, text]) => [`${at}${path}`, text])))
}
