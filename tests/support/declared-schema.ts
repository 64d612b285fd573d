import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { root } from './node-script'

/** The tables db/schema.ts declares in `Database`, with the properties of each table's interface. */
export function declaredSchema(): Map<string, string[]> {
  const file = join(root, 'src', 'main', 'db', 'schema.ts')
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
  const interfaces = new Map<string, ts.InterfaceDeclaration>()
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node)
  })
  const propertiesOf = (declaration: ts.InterfaceDeclaration | undefined): { name: string; type: string }[] => {
    const properties: { name: string; type: string }[] = []
    for (const member of declaration?.members ?? []) {
      if (ts.isPropertySignature(member)) properties.push({ name: (member.name as ts.Identifier).text, type: member.type?.getText(source) ?? '' })
    }
    return properties
  }
  return new Map(
    propertiesOf(interfaces.get('Database')).map(({ name, type }) => [name, propertiesOf(interfaces.get(type)).map((property) => property.name)])
  )
}
