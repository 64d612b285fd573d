import type { InjectionKey, Ref } from 'vue'
import type { AftercareProtocol } from '@shared/aftercare/protocol'
import type { DraftPath } from '../versioned-editor/draft-path'

/** What the editor's parts share: the draft, its messages by path, and a way to change it. */
export interface ProtocolDraft {
  draft: Ref<AftercareProtocol | undefined>
  messages: Ref<Record<string, string>>
  setAt(path: DraftPath, value: unknown): void
}

export const PROTOCOL_DRAFT: InjectionKey<ProtocolDraft> = Symbol('protocol draft')
