import diff from 'microdiff'
import type { AftercareProtocol } from '@shared/aftercare/protocol'
import type { ProtocolChange } from '@shared/protocol/protocol-versions'

/** What changed from one protocol version to another, field by field, in the order of the protocol. */
export function protocolChanges(before: AftercareProtocol, after: AftercareProtocol): ProtocolChange[] {
  return diff(before, after).map((difference) => {
    const path = difference.path.join('.')
    if (difference.type === 'CREATE') return { path, kind: 'added', after: difference.value }
    if (difference.type === 'REMOVE') return { path, kind: 'removed', before: difference.oldValue }
    return { path, kind: 'changed', before: difference.oldValue, after: difference.value }
  })
}
