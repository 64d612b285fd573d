// A Node module hook: every `import ... from 'electron'` in the app's built main process gets
// the Electron stand-in (electron.ts, bundled by the test) instead. The app's code is not changed.
let standInUrl

export function initialize(data) {
  standInUrl = data.standInUrl
}

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: standInUrl, shortCircuit: true }
  return nextResolve(specifier, context)
}
