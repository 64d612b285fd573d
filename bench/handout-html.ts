import { pathToFileURL } from 'node:url'
import { join } from 'node:path'
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'

/**
 * The handout as HTML, for the Chromium print-to-PDF comparison only: the same pdfmake
 * document (same text, same structure, same bundled fonts, same page size, margins and
 * footer) written as HTML and CSS. The app never prints through HTML.
 */
export interface HandoutHtml {
  html: string
  /** For page.pdf(): paper, margins and the footer line. */
  pdf: {
    format: 'A4' | 'Letter'
    margin: { top: string; right: string; bottom: string; left: string }
    footerTemplate: string
  }
}

// pdfmake family name -> the bundled files (resources/fonts), as in src/main/handouts/pdf-renderer.ts.
const FONT_FACES: [family: string, file: string, weight: number, style: string][] = [
  ['NotoSans', 'NotoSans-Regular.ttf', 400, 'normal'],
  ['NotoSans', 'NotoSans-Bold.ttf', 700, 'normal'],
  ['NotoSans', 'NotoSans-Italic.ttf', 400, 'italic'],
  ['NotoSans', 'NotoSans-BoldItalic.ttf', 700, 'italic'],
  ['HanKana', 'DroidSansFallbackFull.ttf', 400, 'normal'],
  ['Hangul', 'NanumGothic.ttf', 400, 'normal']
]

type Node = Content & Record<string, unknown>
type Styles = Record<string, Record<string, unknown>>

export function handoutHtml(document: TDocumentDefinitions, fontsDir: string): HandoutHtml {
  const styles = (document.styles ?? {}) as Styles
  const [left, top, right, bottom] = document.pageMargins as [number, number, number, number]
  const defaultStyle = (document.defaultStyle ?? {}) as Record<string, unknown>
  const faces = FONT_FACES.map(
    ([family, file, weight, style]) =>
      `@font-face{font-family:${family};src:url(${pathToFileURL(join(fontsDir, file)).href});font-weight:${weight};font-style:${style}}`
  ).join('\n')
  const classes = Object.entries(styles)
    .map(([name, style]) => `.s-${name}{${css(style)}}`)
    .join('\n')
  const body = render(document.content as Content, styles)
  const footer =
    typeof document.footer === 'function'
      ? (document.footer(1, 2, { width: 0, height: 0, orientation: 'portrait' }) as Node | undefined)
      : undefined
  const footerText = footer ? (((footer.columns as Node[] | undefined)?.[0]?.text as string | undefined) ?? '') : ''
  return {
    html: `<!doctype html><html><head><meta charset="utf-8"><style>
${faces}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;font-family:NotoSans,HanKana,Hangul;font-size:${defaultStyle.fontSize ?? 10}pt;line-height:1.17;color:${defaultStyle.color ?? '#000'}}
.stack>*,.cell>*{display:block}
.columns{display:flex;align-items:flex-start}
table{border-collapse:collapse;width:100%}
td{vertical-align:top}
ul,ol{margin:0;padding-left:12pt}
tr{break-inside:avoid}
.unbreakable{break-inside:avoid}
${classes}
</style></head><body>${body}</body></html>`,
    pdf: {
      format: document.pageSize === 'LETTER' ? 'Letter' : 'A4',
      margin: { top: inches(top), right: inches(right), bottom: inches(bottom), left: inches(left) },
      footerTemplate: `<div style="font-family:NotoSans;font-size:9pt;color:#52606d;width:100%;margin:0 ${left}pt;display:flex;justify-content:space-between"><span>${escape(footerText)}</span><span>Page <span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`
    }
  }
}

function render(content: Content | undefined, styles: Styles): string {
  if (content === undefined || content === null) return ''
  if (typeof content === 'string' || typeof content === 'number') return escape(String(content))
  if (Array.isArray(content)) return content.map((item) => `<div>${render(item as Content, styles)}</div>`).join('')
  const node = content as Node
  const classNames = [...toArray(node.style)].map((name) => `s-${name}`)
  if (node.unbreakable) classNames.push('unbreakable')
  const own = css(node)
  const open = (tag: string, extraClass = '', extraStyle = '') =>
    `<${tag} class="${[extraClass, ...classNames].filter(Boolean).join(' ')}" style="${own}${extraStyle}">`

  if ('text' in node) {
    const text = node.text as Content
    const inner = Array.isArray(text)
      ? text.map((run) => (typeof run === 'string' ? escape(run) : `<span style="${css(run as Node)}">${escape(String((run as Node).text))}</span>`)).join('')
      : escape(String(text))
    return `${open('div')}${inner.replace(/\n/g, '<br>')}</div>`
  }
  if ('stack' in node) return `${open('div', 'stack')}${(node.stack as Content[]).map((item) => render(item, styles)).join('')}</div>`
  if ('columns' in node) {
    const gap = (node.columnGap as number | undefined) ?? 0
    const columns = (node.columns as Node[]).map((column) => {
      const width = column.width
      const flex = width === undefined || width === '*' ? 'flex:1 1 0' : width === 'auto' ? 'flex:0 0 auto' : `flex:0 0 ${width}pt`
      return `<div style="${flex};min-width:0">${render({ ...(column as object), width: undefined } as Content, styles)}</div>`
    })
    return `${open('div', 'columns', `gap:${gap}pt;`)}${columns.join('')}</div>`
  }
  if ('table' in node) {
    const table = node.table as { widths?: (number | string)[]; body: Content[][] }
    const layout = (node.layout ?? {}) as Record<string, (...args: unknown[]) => unknown>
    const fill = layout.fillColor?.(0, node, 0) as string | undefined
    const padding = ['paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft']
      .map((side) => `${(layout[side]?.(0, node) as number | undefined) ?? 4}pt`)
      .join(' ')
    const rule = layout.hLineWidth?.(1, node) as number | undefined
    const ruleColor = (layout.hLineColor?.(1, node) as string | undefined) ?? '#000'
    const cols = (table.widths ?? []).map((width) => (typeof width === 'number' ? `<col style="width:${width}pt">` : '<col>')).join('')
    const rows = table.body.map(
      (row) =>
        `<tr>${row
          .map((cell) => {
            const cellFill = ((cell as Node | undefined)?.fillColor as string | undefined) ?? fill
            return `<td class="cell" style="padding:${padding};${cellFill ? `background:${cellFill};` : ''}${rule ? `border-top:${rule}pt solid ${ruleColor};` : ''}">${render(cell, styles)}</td>`
          })
          .join('')}</tr>`
    )
    return `${open('table')}<colgroup>${cols}</colgroup>${rows.join('')}</table>`
  }
  if ('ul' in node || 'ol' in node) {
    const tag = 'ul' in node ? 'ul' : 'ol'
    const items = (node[tag] as Content[]).map((item) => `<li>${render(item, styles)}</li>`).join('')
    return `${open(tag)}${items}</${tag}>`
  }
  if ('canvas' in node) {
    const [line] = node.canvas as { x2: number; lineWidth: number; lineColor: string }[]
    return `${open('div')}<div style="width:${line?.x2 ?? 100}pt;border-top:${line?.lineWidth ?? 1}pt solid ${line?.lineColor ?? '#000'}"></div></div>`
  }
  return ''
}

/** The CSS of a pdfmake style or node: size, weight, colour, alignment, margins. */
function css(style: Record<string, unknown>): string {
  const rules: string[] = []
  if (typeof style.fontSize === 'number') rules.push(`font-size:${style.fontSize}pt`)
  if (style.bold === true) rules.push('font-weight:700')
  if (style.italics === true) rules.push('font-style:italic')
  if (typeof style.color === 'string') rules.push(`color:${style.color}`)
  if (typeof style.alignment === 'string') rules.push(`text-align:${style.alignment}`)
  if (typeof style.font === 'string') rules.push(`font-family:${style.font}`)
  if (Array.isArray(style.margin)) {
    const [left, top, right, bottom] = style.margin as number[]
    rules.push(`margin:${top}pt ${right}pt ${bottom}pt ${left}pt`)
  }
  return rules.map((rule) => `${rule};`).join('')
}

/** Playwright takes margins in px, in, cm or mm; pdfmake gives points. */
function inches(points: number): string {
  return `${points / 72}in`
}

function toArray(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
