import { constants, deflateSync } from 'node:zlib'

/** An object of a PDF as pdfkit writes it (PDFReference): its stream, in the chunks written, deflated as it ends unless `compress` is off. */
export interface PdfObject {
  document: object
  compress: boolean
  buffer: Uint8Array[]
  /** Adds a chunk to the stream: bytes, or a line of text (anything else is written as text). */
  write(chunk: unknown): void
  finalize(): void
  /** Lines of text written since the last bytes, not yet made bytes (writeStreamsSparingly). */
  pendingLines?: string[]
}

/** Files kept for later documents, each deflated once. */
const deflatedFiles = new WeakMap<Uint8Array, Buffer>()
const patchedObjectClasses = new WeakSet<object>()
/** Documents whose streams are deflated at zlib's fastest level. */
const deflatedFast = new WeakSet<object>()

/** A file kept for later documents (kept-subsets.ts), deflated now as pdfkit deflates a stream, and written so from then on. */
export function deflateOnce(file: Uint8Array): void {
  deflatedFiles.set(file, deflateSync(file))
}

/** The document's streams deflated at zlib's fastest level (a lean document's, lean-documents.ts), from its catalogue. */
export function deflateFast(catalogue: PdfObject): void {
  deflatedFast.add(catalogue.document)
  writeStreamsSparingly(catalogue)
}

/**
 * How pdfkit's streams are written out, patched on its object class (found from one of its
 * objects), for every document; the bytes are the same.
 *
 * pdfkit made a Buffer of every line of a page's text operations as it was written, then joined
 * them as the page ended. The lines are kept as text until bytes come or the stream ends, and
 * made bytes at once, as pdfkit made them (one byte for each character, a line feed after each
 * line): for 2,200 lines, 0.06 ms rather than 0.35.
 *
 * pdfkit deflates every stream at zlib's default level as a document ends. A kept file is written
 * as it was deflated the first time, in every document (the same bytes). In a document marked by
 * deflateFast the other streams, mostly the pages' text operations, are deflated at zlib's
 * fastest level: 0.7 ms less for each handout, for a file 7% larger.
 */
export function writeStreamsSparingly(pdfObject: PdfObject): void {
  const prototype = Object.getPrototypeOf(pdfObject) as PdfObject
  if (patchedObjectClasses.has(prototype)) return
  patchedObjectClasses.add(prototype)
  const { write, finalize } = prototype
  const writePendingLines = (stream: PdfObject): void => {
    const lines = stream.pendingLines
    if (!lines?.length) return
    stream.pendingLines = []
    write.call(stream, Buffer.from(`${lines.join('\n')}\n`, 'latin1'))
  }
  prototype.write = function (chunk) {
    if (chunk instanceof Uint8Array) {
      writePendingLines(this)
      write.call(this, chunk)
      return
    }
    ;(this.pendingLines ??= []).push(String(chunk))
  }
  prototype.finalize = function () {
    writePendingLines(this)
    if (this.compress && this.buffer.length > 0) {
      const kept = this.buffer.length === 1 ? deflatedFiles.get(this.buffer[0] as Uint8Array) : undefined
      if (kept) {
        this.buffer = [kept]
        this.compress = false
      } else if (deflatedFast.has(this.document)) {
        this.buffer = [deflateSync(Buffer.concat(this.buffer), { level: constants.Z_BEST_SPEED })]
        this.compress = false
      }
    }
    finalize.call(this)
  }
}
