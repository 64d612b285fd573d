import { readFileSync } from 'node:fs'
import { userInfo } from 'node:os'
import { resolve } from 'node:path'
import { CliFailure } from './cli-failure'
import type { Call, CliCommand } from './commands'
import { string, unreadableBecause, wholeNumber, writeFileAtomically } from './option-values'
import { words, type WordId } from '@shared/words/words'

/** One saved version of a clinic document as its calls answer: the version and who saved it. */
interface SavedVersion {
  version: number
  note: string
  createdBy: string
  createdAt: string
}

/** A clinic document kept in versions (the aftercare protocol, the screening questionnaire), as the CLI reaches it. */
export interface VersionedDocumentCalls<Version extends SavedVersion> {
  /** The command's first word. */
  word: string
  /** The CLI's problems with the document's file, naming it. */
  refusals: { saveWhere: WordId; importWhich: WordId; notAFile: WordId }
  current(call: Call): Promise<Version>
  get(call: Call, version: number): Promise<Version>
  versions(call: Call): Promise<SavedVersion[]>
  documentOf(version: Version): unknown
  save(call: Call, document: unknown, note: string, createdBy: string): Promise<Version>
}

/** `WORD show|versions|export|import`: the same four commands for every versioned document. */
export function versionedDocumentCommands<Version extends SavedVersion>(kind: VersionedDocumentCalls<Version>): CliCommand[] {
  const { word, refusals } = kind
  const example = `${word}.json`
  const chosen = (call: Call, values: Record<string, unknown>): Promise<Version> => {
    const version = wholeNumber(values.version, 'version')
    return version === undefined ? kind.current(call) : kind.get(call, version)
  }
  return [
    {
      words: [word, 'show'],
      usage: `${word} show [--version V]`,
      options: { version: { type: 'string' } },
      run: async ({ call, values }) => kind.documentOf(await chosen(call, values))
    },
    {
      words: [word, 'versions'],
      usage: `${word} versions`,
      options: {},
      run: ({ call }) => kind.versions(call)
    },
    {
      words: [word, 'export'],
      usage: `${word} export --out F.json [--version V]`,
      options: { out: { type: 'string' }, version: { type: 'string' } },
      async run({ call, values }) {
        const out = string(values.out)
        if (!out) throw new CliFailure(words(refusals.saveWhere, { example }))
        const version = await chosen(call, values)
        writeFileAtomically(out, new TextEncoder().encode(`${JSON.stringify(kind.documentOf(version), null, 2)}\n`))
        return { file: resolve(out), version: version.version }
      }
    },
    {
      words: [word, 'import'],
      usage: `${word} import --file F.json [--note N] [--by NAME]`,
      options: { file: { type: 'string' }, note: { type: 'string' }, by: { type: 'string' } },
      async run({ call, values }) {
        const file = string(values.file)
        if (!file) throw new CliFailure(words(refusals.importWhich, { example }))
        let document: unknown
        try {
          document = JSON.parse(readFileSync(file, 'utf8'))
        } catch (error) {
          throw new CliFailure(words(refusals.notAFile, { file, problem: unreadableBecause(error) }))
        }
        // The note is kept with the version and read at the desk, as the desk's own import writes it.
        const saved = await kind.save(call, document, string(values.note) ?? words('cli.importedFrom', { file }), string(values.by) ?? userInfo().username)
        return { version: saved.version, note: saved.note, createdBy: saved.createdBy, createdAt: saved.createdAt }
      }
    }
  ]
}
