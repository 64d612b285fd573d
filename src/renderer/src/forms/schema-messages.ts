import type { z } from 'zod'

/** The first message of a failed check at each path ("zones.1.depthMm"); none when it passed. */
export function messagesByPath(checked: z.ZodSafeParseResult<unknown>): Record<string, string> {
  const byPath: Record<string, string> = {}
  if (!checked.success) {
    for (const issue of checked.error.issues) byPath[issue.path.map(String).join('.')] ??= issue.message
  }
  return byPath
}
