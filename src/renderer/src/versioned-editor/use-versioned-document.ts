import { useToast } from 'primevue/usetoast'
import { computed, onMounted, ref, type ComputedRef, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { z } from 'zod'
import { unwrap } from '@shared/contract/clinic-api'
import type { CallResult } from '@shared/contract/errors'
import { useAsk } from '../common/use-ask'
import { messagesByPath } from '../forms/schema-messages'
import { parseInDeskLanguage } from '../forms/desk-language-words'
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

/** What a clinic's document calls offer (window.clinic.protocol, window.clinic.screening), the document under `Key`. */
export interface VersionedDocumentApi<Key extends string, Doc, Saved extends SavedVersionInfo & Record<Key, Doc>> {
  current(input: Record<string, never>): Promise<CallResult<Saved>>
  versions(input: Record<string, never>): Promise<CallResult<SavedVersionInfo[]>>
  save(input: Record<Key, Doc> & { note: string; createdBy: string }): Promise<CallResult<Saved>>
  restoreDefaults(input: { note: string; createdBy: string }): Promise<CallResult<Saved>>
}

/** How one kind of versioned document (the protocol, the questionnaire) is read, checked and saved. */
export interface VersionedDocumentKind<Key extends string, Doc, Saved extends SavedVersionInfo & Record<Key, NoInfer<Doc>>> {
  /** The document's schema: the one main checks a save with. */
  schema: z.ZodType<Doc>
  api: VersionedDocumentApi<Key, NoInfer<Doc>, Saved>
  /** Where a saved version and a save hold the document: "protocol", "questionnaire". */
  key: Key
  /** The start of the name the export offers: "aftercare-protocol" gives aftercare-protocol-v3.json. */
  fileStem: string
  /** The question before the shipped defaults are saved as a new version, and what an import says of a file that is not JSON. */
  texts: { restoreConfirm: string; unreadableFile: string }
  /** Where in a refused file its first problem is, in words ("Question 9 (pregnant)"); nothing says only the problem. */
  placeOf?(path: PropertyKey[], parsed: unknown): string | undefined
}

/** What the editor's shared panels (header, save, versions) read and do, whatever the document. */
export interface VersionedEditorState {
  current: Ref<SavedVersionInfo | undefined>
  versions: Ref<SavedVersionInfo[]>
  note: Ref<string>
  createdBy: Ref<string>
  deskUsers: ComputedRef<string[]>
  saving: Ref<boolean>
  importMessage: Ref<string | undefined>
  problemCount: ComputedRef<number>
  dirty: { changed: ComputedRef<boolean> }
  save(): Promise<void>
  restoreDefaults(): Promise<void>
  exportJson(): Promise<void>
  importFile(file: File): Promise<void>
}

/**
 * What every editor of a versioned document does: the current version as a draft, checked by
 * the shared schema as it is typed (messages by path), saved as a new version with a note and
 * who saved it, the shipped defaults restored, exported and imported as JSON (a file the
 * schema refuses is named and nothing is saved), every version listed, and a guard against
 * leaving with unsaved changes.
 */
export function useVersionedDocument<Key extends string, Doc, Saved extends SavedVersionInfo & Record<Key, NoInfer<Doc>>>(
  kind: VersionedDocumentKind<Key, Doc, Saved>
) {
  const { api, schema } = kind
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

  const checked = computed(() => (draft.value === undefined ? undefined : parseInDeskLanguage(schema, draft.value)))
  const messages = computed(() => (checked.value ? messagesByPath(checked.value) : {}))
  const problemCount = computed(() => Object.keys(messages.value).length)
  const dirty = useDirtySnapshot(() => draft.value)
  useLeaveGuard(dirty.changed)
  const deskUsers = computed(() => clinicSettings.settings?.deskUsers ?? [])

  function show(saved: Saved): void {
    draft.value = structuredClone(saved[kind.key])
    dirty.markClean()
    current.value = { version: saved.version, note: saved.note, createdBy: saved.createdBy, createdAt: saved.createdAt }
  }

  function saveInput(document: Doc, withNote: string): Record<Key, Doc> & { note: string; createdBy: string } {
    return { [kind.key]: document, note: withNote, createdBy: createdBy.value } as Record<Key, Doc> & { note: string; createdBy: string }
  }

  async function loadVersions(): Promise<void> {
    versions.value = unwrap(await api.versions({}))
  }

  onMounted(async () => {
    try {
      const [saved, settings] = await Promise.all([api.current({}), clinicSettings.refresh()])
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
      await saved(await api.save(saveInput(result.data, note.value)), (version) => t('versionedEditor.saved', { version }))
      note.value = ''
    } catch (error) {
      showError(error)
    } finally {
      saving.value = false
    }
  }

  async function restoreDefaults(): Promise<void> {
    const go = await ask({ header: t('versionedEditor.restoreDefaults'), message: kind.texts.restoreConfirm, confirm: t('versionedEditor.restoreDefaults') })
    if (!go) return
    try {
      const input = { note: note.value || t('versionedEditor.restoreNote'), createdBy: createdBy.value }
      await saved(await api.restoreDefaults(input), (version) => t('versionedEditor.restored', { version }))
    } catch (error) {
      showError(error)
    }
  }

  async function exportJson(): Promise<void> {
    if (draft.value === undefined || !current.value) return
    const bytes = new TextEncoder().encode(`${JSON.stringify(draft.value, null, 2)}\n`)
    try {
      unwrap(await window.clinic.desktop.save({ fileName: `${kind.fileStem}-v${current.value.version}.json`, mimeType: 'application/json', bytes }))
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
      importMessage.value = t('versionedEditor.importFailed', { message: kind.texts.unreadableFile })
      return
    }
    const result = parseInDeskLanguage(schema, parsed)
    if (!result.success) {
      const issue = result.error.issues[0]
      const place = issue && kind.placeOf?.(issue.path, parsed)
      const message = issue?.message ?? ''
      importMessage.value = t('versionedEditor.importFailed', { message: place ? `${place}: ${message}` : message })
      return
    }
    try {
      const input = saveInput(result.data, note.value || t('versionedEditor.importNote', { file: file.name }))
      await saved(await api.save(input), (version) => t('versionedEditor.imported', { version }))
    } catch (error) {
      showError(error)
    }
  }

  const state: VersionedEditorState = {
    current,
    versions,
    note,
    createdBy,
    deskUsers,
    saving,
    importMessage,
    problemCount,
    dirty,
    save,
    restoreDefaults,
    exportJson,
    importFile
  }
  return { state, draft, checked, messages }
}
