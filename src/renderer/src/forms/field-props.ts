/** What every labelled field takes. */
export interface FieldProps {
  /** The id of the control; the label, hint and message ids derive from it. */
  fieldId: string
  label: string
  /** The message to show beside the field, if any. */
  error?: string
  hint?: string
  /** Marks the field "optional" beside its label. */
  optional?: boolean
}
