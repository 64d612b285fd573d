import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'

// `@shared/...`: the contract and rules every part of the app shares (tsconfig.paths.json).
const resolveShared = { alias: { '@shared': resolve(import.meta.dirname, 'src/shared') } }

export default defineConfig({
  main: {
    resolve: resolveShared,
    build: {
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/main/index.ts') }
      }
    }
  },
  preload: {
    resolve: resolveShared,
    build: {
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        // A sandboxed preload cannot load ES modules: it must be a single CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    resolve: resolveShared,
    plugins: [vue()],
    // vue-i18n's build flags: the Composition API only, and no devtools hooks in the app.
    define: {
      __VUE_I18N_FULL_INSTALL__: true,
      __VUE_I18N_LEGACY_API__: false,
      __INTLIFY_PROD_DEVTOOLS__: false
    }
  }
})
