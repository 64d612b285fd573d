import { computed, nextTick, reactive, ref, shallowRef, toValue, type MaybeRefOrGetter } from 'vue'
import type { z } from 'zod'
import { ClinicCallError } from '@shared/contract/clinic-api'
import { messagesByPath } from './schema-messages'
import { parseInDeskLanguage } from './desk-language-words'

/**
 * Field-level messages from a shared zod schema, the same one main checks with. A field's
 * message shows once the field has been left, then follows every key press; on save every
 * message shows. A message main sends back stays beside its field until that field changes.
 * Paths are the schema's, such as "zones.1.depthMm". `input` gives the form's values as the
 * schema reads them, wrong ones included: that is what the messages are about. The schema may
 * change with a setting (the clinic's country reads phone numbers).
 */
export function useSchemaForm<Schema extends z.ZodType>(schema: MaybeRefOrGetter<Schema>, input: () => unknown) {
  const touched = reactive(new Set<string>())
  const submitted = ref(false)
  const fromMain = shallowRef<{ fields: Record<string, string>; input: unknown }>()

  const checked = computed(() => parseInDeskLanguage(toValue(schema), input()))
  const messages = computed(() => messagesByPath(checked.value))

  /** The message to show at a path; `touchKey` names what must have been left first (the path itself by default). */
  function errorFor(path: string, touchKey: string = path): string | undefined {
    const main = fromMain.value
    const mainMessage = main?.fields[path]
    if (mainMessage !== undefined && sameAt(path, main?.input, input())) return mainMessage
    return submitted.value || touched.has(touchKey) ? messages.value[path] : undefined
  }

  function touch(key: string): void {
    touched.add(key)
  }

  /** A field's message and what to do when it is left, to bind onto it: `v-bind="form.field('phone')"`. */
  function field(path: string): { error: string | undefined; onBlur: () => void } {
    return { error: errorFor(path), onBlur: () => touch(path) }
  }

  /** Shows every message; returns the parsed values when there are none. */
  function validate(): z.output<Schema> | undefined {
    submitted.value = true
    return checked.value.success ? checked.value.data : undefined
  }

  /**
   * Puts a failed save's field messages beside their fields; false when the failure was not
   * about fields. `prefix` is where the fields sit in the call's input, such as "fields.".
   */
  function showErrorsFromMain(error: unknown, prefix = ''): boolean {
    if (!(error instanceof ClinicCallError) || error.code !== 'invalid_input') return false
    const fields = Object.fromEntries(
      Object.entries(error.fields)
        .filter(([path]) => path.startsWith(prefix))
        .map(([path, message]) => [path.slice(prefix.length), message])
    )
    if (Object.keys(fields).length === 0) return false
    submitted.value = true
    // A copy of the values as they were, nested reactive arrays and all (compared as JSON, as sameAt does).
    fromMain.value = { fields, input: JSON.parse(JSON.stringify(input())) as unknown }
    return true
  }

  return { errorFor, touch, field, validate, showErrorsFromMain }
}

/** Moves the focus to the first field showing a message, once it has rendered. */
export async function focusFirstInvalid(form: HTMLElement | null | undefined): Promise<void> {
  await nextTick()
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
}

function valueAt(path: string, value: unknown): unknown {
  return path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], value)
}

function sameAt(path: string, before: unknown, now: unknown): boolean {
  return JSON.stringify(valueAt(path, before)) === JSON.stringify(valueAt(path, now))
}
