import { words, type WordId } from '@shared/words/words'

/** What the system's refusals to write a file mean, by their code (Node's errno codes, SQLite's). */
const REASONS: [codes: RegExp, reason: WordId][] = [
  [/^(ENOENT|ENOTDIR)$/, 'cli.refused.noFolder'],
  [/^(EACCES|EPERM)$/, 'cli.refused.notAllowed'],
  [/^(EROFS|SQLITE_READONLY.*)$/, 'cli.refused.readOnly'],
  [/^(ENOSPC|EDQUOT|SQLITE_FULL)$/, 'cli.refused.diskFull'],
  [/^EISDIR$/, 'cli.refused.isFolder'],
  [/^SQLITE_CANTOPEN.*$/, 'cli.refused.cannotCreate']
]

/**
 * Why a file could not be saved, in the desk's words, with the system's own code (ENOSPC,
 * SQLITE_CANTOPEN) at the end for IT; an error with no code gives its first line instead, the
 * only detail there is.
 */
export function whyNotSaved(error: unknown): string {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined
  const reason = REASONS.find(([codes]) => code !== undefined && codes.test(code))?.[1] ?? 'cli.refused.other'
  const detail = code ?? (error instanceof Error ? error.message.split('\n')[0] : String(error))
  return detail ? `${words(reason)} (${detail})` : words(reason)
}
