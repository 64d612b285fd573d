/** Where a value sits in a draft document, as the schema's messages name it: ["bands", 2, "upToMm"]. */
export type DraftPath = (string | number)[]

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

/** A number typed in a field ("1,5" too); undefined when the field is empty or no number, for the schema to name. */
export function numberFrom(text: string | undefined): number | undefined {
  const value = Number(String(text ?? '').replace(',', '.'))
  return text === undefined || String(text).trim() === '' || Number.isNaN(value) ? undefined : value
}
