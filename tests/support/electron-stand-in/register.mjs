// `node --import ./register.mjs out/main/index.js`: installs resolve-electron.mjs before the app loads.
import { register } from 'node:module'
import { pathToFileURL } from 'node:url'

register('./resolve-electron.mjs', import.meta.url, {
  data: { standInUrl: pathToFileURL(process.env.ELECTRON_STAND_IN).href }
})
