import { computed, ref, shallowRef } from 'vue'
import { ClinicCallError, unwrap } from '@shared/contract/clinic-api'
import type { ClientImportMapping, ClientImportPreview, ClientImportReport, DateOrder } from '@shared/register/client-import'
import { regionalDateOrder } from '../format/region'
import { useErrorToast } from '../shell/use-error-toast'

/** Where an import stands: no file yet, a file being checked against its mapping, or done. */
export type ImportStage = 'choose' | 'check' | 'done'

/**
 * Imports clients from a CSV file in three steps: choose the file, check what would happen
 * with the columns mapped (a preview: nothing is written), then import. Cancel works at any
 * step before the import; an answer that arrives after a cancel or a newer question is dropped.
 */
export function useClientImport() {
  const showError = useErrorToast()
  const file = shallowRef<{ name: string; csv: string }>()
  const mapping = ref<ClientImportMapping>({})
  const dateOrder = ref<DateOrder>(regionalDateOrder() === 'month-first' ? 'MDY' : 'DMY')
  const preview = shallowRef<ClientImportPreview>()
  const result = shallowRef<ClientImportReport>()
  const busy = ref<'reading' | 'checking' | 'importing'>()
  /** The import call's own words when it refuses the file (empty, too large). */
  const refusal = ref<string>()
  /** The mapping and date order the preview shown was made for. */
  const previewedAs = ref<string>()
  let question = 0
  const choices = (): string => JSON.stringify({ mapping: mapped(), dateOrder: dateOrder.value })
  /** Whether the preview shown is for the choices on screen: only then may the import run. */
  const previewCurrent = computed(() => preview.value !== undefined && previewedAs.value === choices())

  const stage = computed<ImportStage>(() => (result.value ? 'done' : file.value ? 'check' : 'choose'))

  function cancel(): void {
    question += 1
    file.value = undefined
    mapping.value = {}
    preview.value = undefined
    result.value = undefined
    busy.value = undefined
    refusal.value = undefined
  }

  async function choose(chosen: File): Promise<void> {
    cancel()
    const asked = question
    busy.value = 'reading'
    const csv = await chosen.text()
    if (asked !== question) return
    file.value = { name: chosen.name, csv }
    await check(true)
  }

  /** Previews the import; the first time with the columns guessed from the header row. */
  async function check(guess = false): Promise<void> {
    const chosen = file.value
    if (!chosen) return
    const asked = ++question
    busy.value = 'checking'
    try {
      const checked = unwrap(
        await window.clinic.imports.previewClientsCsv({ csv: chosen.csv, mapping: guess ? undefined : mapped(), dateOrder: dateOrder.value })
      )
      if (asked !== question) return
      preview.value = checked
      if (guess) mapping.value = { ...checked.mapping }
      previewedAs.value = choices()
    } catch (error) {
      if (asked === question) refuse(error)
    } finally {
      if (asked === question) busy.value = undefined
    }
  }

  async function run(): Promise<void> {
    const chosen = file.value
    if (!chosen || busy.value || !previewCurrent.value) return
    const asked = ++question
    busy.value = 'importing'
    try {
      const report = unwrap(await window.clinic.imports.clientsCsv({ csv: chosen.csv, mapping: mapped(), dateOrder: dateOrder.value }))
      if (asked === question) result.value = report
    } catch (error) {
      if (asked === question) refuse(error)
    } finally {
      if (asked === question) busy.value = undefined
    }
  }

  function setColumn(field: keyof ClientImportMapping, column: string | undefined): void {
    mapping.value = { ...mapping.value, [field]: column || undefined }
    void check()
  }

  function setDateOrder(order: DateOrder): void {
    dateOrder.value = order
    void check()
  }

  /** The mapping as the call takes it: only the fields that have a column. */
  function mapped(): ClientImportMapping {
    return Object.fromEntries(Object.entries(mapping.value).filter(([, column]) => column)) as ClientImportMapping
  }

  function refuse(error: unknown): void {
    if (error instanceof ClinicCallError && error.code === 'invalid_input') {
      cancel()
      refusal.value = error.message
    } else showError(error)
  }

  return { stage, file, mapping, dateOrder, preview, previewCurrent, result, busy, refusal, choose, setColumn, setDateOrder, run, cancel }
}
