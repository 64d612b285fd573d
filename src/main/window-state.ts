import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import type { BrowserWindow, Rectangle } from 'electron'
import { z } from 'zod'

export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 800 } as const
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const

// Enough of the window on a screen that its title bar can be grabbed.
const MIN_VISIBLE = { width: 160, height: 80 } as const

const savedWindowSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(MIN_WINDOW_SIZE.width).max(20_000),
  height: z.number().int().min(MIN_WINDOW_SIZE.height).max(20_000),
  maximized: z.boolean()
})
export type WindowState = z.infer<typeof savedWindowSchema>

/** Where the window opens: its size, a position only if one was saved, and whether it was maximized. */
export interface WindowPlacement {
  bounds: Partial<Rectangle> & { width: number; height: number }
  maximized: boolean
}

/**
 * The placement saved last time, if the file is readable and valid and the window would
 * land on a screen that is still connected; otherwise the default size, centred.
 */
export function loadWindowPlacement(file: string, workAreas: Rectangle[]): WindowPlacement {
  const saved = readSavedState(file)
  if (!saved) return { bounds: { ...DEFAULT_WINDOW_SIZE }, maximized: false }
  const { maximized, ...bounds } = saved
  if (workAreas.some((area) => overlaps(bounds, area))) return { bounds, maximized }
  return { bounds: { width: bounds.width, height: bounds.height }, maximized }
}

function readSavedState(file: string): WindowState | undefined {
  try {
    const parsed = savedWindowSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

function overlaps(window: Rectangle, area: Rectangle): boolean {
  const width = Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x)
  const height = Math.min(window.y + window.height, area.y + area.height) - Math.max(window.y, area.y)
  return width >= MIN_VISIBLE.width && height >= MIN_VISIBLE.height
}

/** Saves the window's normal (unmaximized) bounds and maximized state when it closes. */
export function rememberWindowPlacement(window: BrowserWindow, file: string): void {
  window.on('close', () => {
    const state: WindowState = { ...window.getNormalBounds(), maximized: window.isMaximized() }
    try {
      // Written beside and renamed, so a crash mid-write never leaves half a file.
      writeFileSync(`${file}.tmp`, JSON.stringify(state))
      renameSync(`${file}.tmp`, file)
    } catch (error) {
      console.warn('Could not save the window position:', error)
    }
  })
}
