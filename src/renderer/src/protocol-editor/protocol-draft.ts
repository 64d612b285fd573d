import type { InjectionKey, Ref } from 'vue'
import type { AftercareProtocol } from '@shared/aftercare/protocol'

export type DraftPath = (string | number)[]

/** What the editor's parts share: the draft, its messages by path, and a way to change it. */
export interface ProtocolDraft {
  draft: Ref<AftercareProtocol | undefined>
  messages: Ref<Record<string, string>>
  setAt(path: DraftPath, value: unknown): void
}

export const PROTOCOL_DRAFT: InjectionKey<ProtocolDraft> = Symbol('protocol draft')

export function pathKey(path: DraftPath): string {
  return path.map(String).join('.')
}

export function valueAt(root: unknown, path: DraftPath): unknown {
  return path.reduce<unknown>((at, key) => (at as Record<string | number, unknown> | undefined)?.[key], root)
}

/** Sets a value deep in the draft, in place, so Vue sees the change. */
export function assignAt(root: unknown, path: DraftPath, value: unknown): void {
  const parent = valueAt(root, path.slice(0, -1)) as Record<string | number, unknown> | undefined
  const last = path[path.length - 1]
  if (parent && last !== undefined) parent[last] = value
}

/** The messages of a draft's problems by path; with `under`, only those inside it (and their count). */
export function messagesUnder(messages: Record<string, string>, path: DraftPath): string[] {
  const prefix = pathKey(path)
  return Object.entries(messages)
    .filter(([at]) => at === prefix || at.startsWith(`${prefix}.`))
    .map(([, message]) => message)
}
