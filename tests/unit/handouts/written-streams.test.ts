import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { writeStreamsSparingly, type PdfObject } from '../../../src/main/handouts/lighter-drawing/written-streams'

interface PdfkitDocument {
  ref(): PdfObject & { end(): void }
  on(event: 'data', listener: (chunk: Buffer) => void): void
}
// pdfkit as pdfmake loads it.
const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'))
const PDFDocument = fromPdfmake('pdfkit') as new (options: object) => PdfkitDocument

/** What the document writes of one stream, its lines and bytes written in turn. */
async function streamWritten(chunks: (string | number | Uint8Array)[]): Promise<string> {
  const document = new PDFDocument({ compress: false, autoFirstPage: false })
  const output: Buffer[] = []
  document.on('data', (chunk) => output.push(chunk))
  const stream = document.ref()
  writeStreamsSparingly(stream)
  for (const chunk of chunks) stream.write(chunk)
  stream.end()
  // A pdfkit document is a readable stream: what it wrote comes with the next turn.
  await new Promise((resolve) => setImmediate(resolve))
  const written = Buffer.concat(output).toString('latin1')
  return written.slice(written.lastIndexOf('<<'))
}

describe("a stream's lines of text, made bytes at once", () => {
  it('come out as pdfkit wrote them: a byte a character, a line feed after each line, bytes between them where they were written', async () => {
    const written = await streamWritten(['BT', '/F1 9.5 Tf', Uint8Array.from([0x00, 0xff, 0x0a]), '[<0024> -12] TJ é', 12, 'ET'])
    const body = `BT\n/F1 9.5 Tf\n${String.fromCharCode(0x00, 0xff, 0x0a)}[<0024> -12] TJ é\n12\nET\n`
    expect(written).toBe(`<<\n/Length ${body.length}\n>>\nstream\n${body}\nendstream\nendobj\n`)
  })
})
