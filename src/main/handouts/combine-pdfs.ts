import { PDFDocument } from 'pdf-lib'

/** One PDF of several, page after page: a day's handouts as a single print job. */
export async function combinePdfs(files: Uint8Array[]): Promise<Uint8Array> {
  const combined = await PDFDocument.create()
  for (const file of files) {
    const source = await PDFDocument.load(file)
    const pages = await combined.copyPages(source, source.getPageIndices())
    pages.forEach((page) => combined.addPage(page))
  }
  return combined.save()
}
