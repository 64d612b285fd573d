import { computed, ref, shallowRef } from 'vue'
import { ClinicCallError, unwrap } from '@shared/contract/clinic-api'
import {
  IMPORT_FILE_LIMIT_BYTES,
  type ClientImportInput,
  type ClientImportMapping,
  type ClientImportPreview,
  type ClientImportReport,
  type DateOrder,
  type ImportEncoding
} from '@shared/register/client-import'
import { deskWords } from '../forms/desk-language-words'
import { useErrorToast } from '../shell/use-error-toast'

/** Where an import stands: no file yet, a file being checked against its mapping, or done. */
export type ImportStage = 'choose' | 'check' | 'done'

/** How the desk asked the file to be read; what it leaves out, main finds from the file. */
interface ReadChoices {
  encoding?: ImportEncoding
  sheet?: string
  dateOrder?: DateOrder
}

/**
 * Imports clients from a CSV file or an Excel workbook in three steps: choose the file, check
 * what would happen (a preview: nothing is written) with the columns mapped and the file read
 * as main found it (its encoding, sheet and date order, each of which the desk can change),
 * then import. The file's bytes go to main as they are. Cancel works at any step before the
 * import; an answer that arrives after a cancel or a newer question is dropped.
 */
export function useClientImport() {
  const showError = useErrorToast()
  const file = shallowRef<{ name: string; bytes: Uint8Array }>()
  const mapping = ref<ClientImportMapping>({})
  const chosen = ref<ReadChoices>({})
  const preview = shallowRef<ClientImportPreview>()
  const result = shallowRef<ClientImportReport>()
  const busy = ref<'reading' | 'checking' | 'importing'>()
  /** The import call's own words when it refuses the file (empty, too large, not a spreadsheet). */
  const refusal = ref<string>()
  /** The mapping and choices the preview shown was made for. */
  const previewedAs = ref<string>()
  let question = 0
  const choices = (): string => JSON.stringify({ mapping: mapped(), chosen: chosen.value })
  /** Whether the preview shown is for the choices on screen: only then may the import run. */
  const previewCurrent = computed(() => preview.value !== undefined && previewedAs.value === choices())

  const stage = computed<ImportStage>(() => (result.value ? 'done' : file.value ? 'check' : 'choose'))

  function cancel(): void {
    question += 1
    file.value = undefined
    mapping.value = {}
    chosen.value = {}
    preview.value = undefined
    result.value = undefined
    busy.value = undefined
    refusal.value = undefined
  }

  async function choose(picked: File): Promise<void> {
    cancel()
    // Refused before it is read: a file this large never crosses to main.
    if (picked.size > IMPORT_FILE_LIMIT_BYTES) {
      refusal.value = deskWords('import.file.tooLarge')
      return
    }
    const asked = question
    busy.value = 'reading'
    const bytes = new Uint8Array(await picked.arrayBuffer())
    if (asked !== question) return
    file.value = { name: picked.name, bytes }
    await check(true)
  }

  /** What the calls are asked: the file, and what the desk chose. */
  function request(guess: boolean): ClientImportInput | undefined {
    if (!file.value) return undefined
    return { file: file.value.bytes, fileName: file.value.name, ...chosen.value, mapping: guess ? undefined : mapped() }
  }

  /** Previews the import; with `guess`, the columns guessed afresh from the header row. */
  async function check(guess = false): Promise<void> {
    const asked = ++question
    const input = request(guess)
    if (!input) return
    busy.value = 'checking'
    try {
      const checked = unwrap(await window.clinic.imports.previewClientsCsv(input))
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
    const read = preview.value?.report.read
    const input = request(false)
    if (!read || !input || busy.value || !previewCurrent.value) return
    const asked = ++question
    busy.value = 'importing'
    try {
      // Read exactly as the preview was: its encoding or sheet, and its date order.
      const asPreviewed = read.format === 'csv' ? { encoding: read.encoding } : { sheet: read.sheet }
      const report = unwrap(await window.clinic.imports.clientsCsv({ ...input, ...asPreviewed, dateOrder: read.dateOrder }))
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

  /** Another encoding or sheet gives other headers: the columns are guessed again. */
  function reread(choice: Pick<ReadChoices, 'encoding' | 'sheet'>): void {
    chosen.value = { ...chosen.value, ...choice }
    mapping.value = {}
    void check(true)
  }

  function setDateOrder(order: DateOrder): void {
    chosen.value = { ...chosen.value, dateOrder: order }
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

  return { stage, file, mapping, preview, previewCurrent, result, busy, refusal, choose, setColumn, reread, setDateOrder, run, cancel }
}
