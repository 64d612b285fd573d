import { createPinia } from 'pinia'
import PrimeVue from 'primevue/config'
import ConfirmationService from 'primevue/confirmationservice'
import ToastService from 'primevue/toastservice'
import { createApp, watchEffect } from 'vue'
import 'primeicons/primeicons.css'
import './styles/app.css'
import App from './App.vue'
import { currentRegion } from './format/region'
import { i18n } from './i18n'
import { startInDeskLanguage } from './i18n/desk-language'
import { router } from './router'
import { clinicPreset } from './theme/clinic-preset'
import { keepLoadedStyles } from './theme/keep-loaded-styles'
import { primeVueLocale } from './theme/primevue-locale'

keepLoadedStyles()
const app = createApp(App)
  .use(createPinia())
  .use(i18n)
  .use(router)
  .use(PrimeVue, {
    // The desk is light only: the dark selector is a class nothing ever sets.
    theme: { preset: clinicPreset, options: { darkModeSelector: '.desk-dark-mode' } }
  })
  .use(ToastService)
  .use(ConfirmationService)

// PrimeVue's own words and calendar follow the desk's language and region whenever they change.
const primevue = app.config.globalProperties.$primevue
watchEffect(() => {
  const deskLocale = primeVueLocale(currentRegion())
  // Screen-reader labels are merged: those of components the desk does not use keep PrimeVue's own.
  const aria = { ...primevue.config.locale?.aria, ...deskLocale.aria }
  Object.assign(primevue.config.locale ?? {}, deskLocale, { aria })
})

void startInDeskLanguage().finally(() => app.mount('#app'))
