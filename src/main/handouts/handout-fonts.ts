import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { join } from 'node:path'
import type { TFontDictionary } from 'pdfmake/interfaces'
import type { HandoutFont } from './name-scripts'

/** The bundled font files each family prints with, by style (in resources/fonts). */
export const FONT_FILES: Record<HandoutFont, TFontDictionary[string]> = {
  NotoSans: {
    normal: 'NotoSans-Regular.ttf',
    bold: 'NotoSans-Bold.ttf',
    italics: 'NotoSans-Italic.ttf',
    bolditalics: 'NotoSans-BoldItalic.ttf'
  },
  // These fonts have one weight; bold and italic text in them prints regular.
  HanKana: {
    normal: 'DroidSansFallbackFull.ttf',
    bold: 'DroidSansFallbackFull.ttf',
    italics: 'DroidSansFallbackFull.ttf',
    bolditalics: 'DroidSansFallbackFull.ttf'
  },
  Hangul: {
    normal: 'NanumGothic.ttf',
    bold: 'NanumGothic.ttf',
    italics: 'NanumGothic.ttf',
    bolditalics: 'NanumGothic.ttf'
  },
  // Arabic and Hebrew have no italics (neither script slants its letters); italic text prints upright.
  Arabic: {
    normal: 'NotoSansArabic-Regular.ttf',
    bold: 'NotoSansArabic-Bold.ttf',
    italics: 'NotoSansArabic-Regular.ttf',
    bolditalics: 'NotoSansArabic-Bold.ttf'
  },
  Hebrew: {
    normal: 'NotoSansHebrew-Regular.ttf',
    bold: 'NotoSansHebrew-Bold.ttf',
    italics: 'NotoSansHebrew-Regular.ttf',
    bolditalics: 'NotoSansHebrew-Bold.ttf'
  }
}

/** Font files' bytes by file name, in memory every thread of the process can read. */
export type FontFiles = Record<string, SharedArrayBuffer>

/**
 * Every bundled font file read once into shared memory, for the render workers to draw with
 * (render-pool.ts): 11 MB that each worker otherwise read and kept for itself.
 */
export function readFontFiles(fontsDir: string): FontFiles {
  const files: FontFiles = {}
  for (const file of new Set(Object.values(FONT_FILES).flatMap((styles) => Object.values(styles) as string[]))) {
    files[file] = readShared(join(fontsDir, file))
  }
  return files
}

/** A file's bytes read straight into shared memory (read into a Buffer first, main would keep both). */
function readShared(path: string): SharedArrayBuffer {
  const descriptor = openSync(path, 'r')
  try {
    const shared = new SharedArrayBuffer(fstatSync(descriptor).size)
    const bytes = new Uint8Array(shared)
    for (let read = 0; read < bytes.length; ) {
      const got = readSync(descriptor, bytes, read, bytes.length - read, read)
      if (got === 0) throw new Error(`${path} ended before its ${bytes.length} bytes were read.`)
      read += got
    }
    return shared
  } finally {
    closeSync(descriptor)
  }
}
