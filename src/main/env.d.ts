/**
 * electron-vite's `?modulePath` import (as declared in electron-vite/node, which also makes
 * process.env.ELECTRON_RENDERER_URL read-only for the tests): the path of the file it builds
 * from the module imported, beside the importing one.
 */
declare module '*?modulePath' {
  const path: string
  export default path
}
