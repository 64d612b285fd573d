import { useToast } from 'primevue/usetoast'
import { computed, onMounted, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { z } from 'zod'
import { unwrap } from '@shared/contract/clinic-api'
import type { CallResult } from '@shared/contract/errors'
import { useAsk } from '../common/use-ask'
import { messagesByPath } from '../forms/schema-messages'
import { useDirtySnapshot } from '../forms/use-dirty-snapshot'
import { useLeaveGuard } from '../forms/use-leave-guard'
import { useClinicSettingsStore } from '../settings/clinic-settings-store'
import { useErrorToast } from '../shell/use-error-toast'

/** A saved version of a clinic's document: which, who saved it, when, and why. */
export interface SavedVersionInfo {
  version: number
  note: string
  createdBy: string
  createdAt: string
}

/** How one kind of versioned document (the protocol, the questionnaire) is read, checked and saved. */
export interface VersionedDocumentCalls<Doc, Saved extends SavedVersionInfo> {
  /** The document's schema: the one main checks a save with. */
  schema: z.ZodType<Doc>
  documentOf(saved: Saved): Doc
  current(): Promise<CallResult<Saved>>
  versions(): Promise<CallResult<SavedVersionInfo[]>>
  save(input: { document: Doc; note: string; createdBy: string }): Promise<CallResult<Saved>>
  restoreDefaults(input: { note: string; createdBy: string }): Promise<CallResult<Saved>>
  /** The name the export offers for version N, such as "aftercare-protocol-v3.json". */
  fileName(version: number): string
  /** The question before the shipped defaults are saved as a new version. */
  restoreConfirm: string
  /** What an import says of a file that is not JSON. */
  unreadableFile: string
}

/**
 * What every editor of a versioned document does: the current version as a draft, checked by
 * the shared schema as it is typed (messages by path), saved as a new version with a note and
 * who saved it, the shipped defaults restored, exported and imported as JSON (a file the
 * schema refuses is named and nothing is saved), every version listed, and a guard against
 * leaving with unsaved changes.
 */
export function useVersionedDocument<Doc, Saved extends SavedVersionInfo>(calls: VersionedDocumentCalls<Doc, Saved>) {
  const { t } = useI18n()
  const toast = useToast()
  const ask = useAsk()
  const showError = useErrorToast()
  const clinicSettings = useClinicSettingsStore()

  const draft = ref<Doc>() as Ref<Doc | undefined>
  const current = ref<SavedVersionInfo>()
  const versions = ref<SavedVersionInfo[]>([])
  const note = ref('')
  const createdBy = ref('')
  const saving = ref(false)
  const importMessage = ref<string>()

  const checked = computed(() => (draft.value === undefined ? undefined : calls.schema.safeParse(draft.value)))
  const messages = computed(() => (checked.value ? messagesByPath(checked.value) : {}))
  const problemCount = computed(() => Object.keys(messages.value).length)
  const dirty = useDirtySnapshot(() => draft.value)
  useLeaveGuard(dirty.changed)
  const deskUsers = computed(() => clinicSettings.settings?.deskUsers ?? [])

  function show(saved: Saved): void {
    draft.value = structuredClone(calls.documentOf(saved))
    dirty.markClean()
    current.value = { version: saved.version, note: saved.note, createdBy: saved.createdBy, createdAt: saved.createdAt }
  }

  async function loadVersions(): Promise<void> {
    versions.value = unwrap(await calls.versions())
  }

  onMounted(async () => {
    try {
      const [saved, settings] = await Promise.all([calls.current(), clinicSettings.refresh()])
      show(unwrap(saved))
      createdBy.value = settings.deskUsers[0] ?? ''
      await loadVersions()
    } catch (error) {
      showError(error)
    }
  })

  /** Shows a version main has just saved (a save, the defaults, an import) as the one being edited. */
  async function saved(result: CallResult<Saved>, summary: (version: number) => string): Promise<void> {
    const version = unwrap(result)
    show(version)
    toast.add({ severity: 'success', summary: summary(version.version), life: 4000 })
    await loadVersions()
  }

  async function save(): Promise<void> {
    const result = checked.value
    if (!result?.success) {
      toast.add({ severity: 'error', summary: t('versionedEditor.notSaved'), detail: t('versionedEditor.problems', problemCount.value), life: 6000 })
      return
    }
    saving.value = true
    try {
      await saved(await calls.save({ document: result.data, note: note.value, createdBy: createdBy.value }), (version) =>
        t('versionedEditor.saved', { version })
      )
      note.value = ''
    } catch (error) {
      showError(error)
    } finally {
      saving.value = false
    }
  }

  async function restoreDefaults(): Promise<void> {
    const go = await ask({ header: t('versionedEditor.restoreDefaults'), message: calls.restoreConfirm, confirm: t('versionedEditor.restoreDefaults') })
    if (!go) return
    try {
      const input = { note: note.value || t('versionedEditor.restoreNote'), createdBy: createdBy.value }
      await saved(await calls.restoreDefaults(input), (version) => t('versionedEditor.restored', { version }))
    } catch (error) {
      showError(error)
    }
  }

  async function exportJson(): Promise<void> {
    if (draft.value === undefined || !current.value) return
    const bytes = new TextEncoder().encode(`${JSON.stringify(draft.value, null, 2)}\n`)
    try {
      unwrap(await window.clinic.desktop.save({ fileName: calls.fileName(current.value.version), mimeType: 'application/json', bytes }))
    } catch (error) {
      showError(error)
    }
  }

  /** Saves a JSON file as a new version, once the schema has passed it; otherwise says why, and saves nothing. */
  async function importFile(file: File): Promise<void> {
    importMessage.value = undefined
    let parsed: unknown
    try {
      parsed = JSON.parse(await file.text())
    } catch {
      importMessage.value = t('versionedEditor.importFailed', { message: calls.unreadableFile })
      return
    }
    const result = calls.schema.safeParse(parsed)
    if (!result.success) {
      importMessage.value = t('versionedEditor.importFailed', { message: result.error.issues[0]?.message ?? '' })
      return
    }
    try {
      const input = { document: result.data, note: note.value || t('versionedEditor.importNote', { file: file.name }), createdBy: createdBy.value }
      await saved(await calls.save(input), (version) => t('versionedEditor.imported', { version }))
    } catch (error) {
      showError(error)
    }
  }

  return {
    draft,
    current,
    versions,
    note,
    createdBy,
    deskUsers,
    saving,
    importMessage,
    checked,
    messages,
    problemCount,
    dirty,
    save,
    restoreDefaults,
    exportJson,
    importFile
  }
}

export type VersionedDocument<Doc> = ReturnType<typeof useVersionedDocument<Doc, SavedVersionInfo>>
