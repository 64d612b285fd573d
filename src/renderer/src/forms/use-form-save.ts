import { ref } from 'vue'
import { useErrorToast } from '../shell/use-error-toast'
import { focusFirstInvalid } from './use-schema-form'

/** What saving needs of a form from useSchemaForm. */
interface CheckedForm<Values> {
  validate(): Values | undefined
  showErrorsFromMain(error: unknown): boolean
}

/**
 * Saving a checked form, as every form of the desk does it: with a message at a field, nothing
 * is sent and the first such field takes the focus; while `save` runs, `saving` is true and a
 * second submit (Enter pressed twice) is ignored; a refusal from main about fields goes beside
 * them, anything else shows as a toast.
 */
export function useFormSave<Values>(form: CheckedForm<Values>, save: (values: Values) => Promise<void>) {
  const showError = useErrorToast()
  const saving = ref(false)

  /** `formElement` holds the fields, to focus the first one with a message. */
  async function submit(formElement: HTMLElement | null | undefined): Promise<void> {
    if (saving.value) return
    const values = form.validate()
    if (values === undefined) return focusFirstInvalid(formElement)
    saving.value = true
    try {
      await save(values)
    } catch (error) {
      if (form.showErrorsFromMain(error)) await focusFirstInvalid(formElement)
      else showError(error)
    } finally {
      saving.value = false
    }
  }

  return { saving, submit }
}
