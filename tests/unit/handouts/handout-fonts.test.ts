import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readFontFiles } from '../../../src/main/handouts/handout-fonts'
import { PdfRenderer } from '../../../src/main/handouts/pdf-renderer'
import { readPdf } from '../../support/pdf-read-back'

describe('the font files read once for every render worker', () => {
  it('are what a renderer draws with: it reads no font file of its own', async () => {
    const renderer = await PdfRenderer.create(join(tmpdir(), 'aftercare-no-fonts-here'), readFontFiles(resolve('resources/fonts')))
    const bytes = await renderer.render({ content: [{ text: 'Zoë Nguyễn, 12 Quay Street' }, { text: 'Book your next session', bold: true }] }, new Date('2026-12-06T12:00:00Z'))
    expect((await readPdf(bytes)).text).toContain('Zoë Nguyễn, 12 Quay Street')
  })
})
