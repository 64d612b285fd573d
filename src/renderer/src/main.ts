import { createPinia } from 'pinia'
import PrimeVue from 'primevue/config'
import ConfirmationService from 'primevue/confirmationservice'
import ToastService from 'primevue/toastservice'
import { createApp } from 'vue'
import 'primeicons/primeicons.css'
import './styles/app.css'
import App from './App.vue'
import { REGION } from './format/region'
import { i18n } from './i18n'
import { router } from './router'
import { clinicPreset } from './theme/clinic-preset'
import { primeVueLocale } from './theme/primevue-locale'

createApp(App)
  .use(createPinia())
  .use(i18n)
  .use(router)
  .use(PrimeVue, {
    // The desk is light only: the dark selector is a class nothing ever sets.
    theme: { preset: clinicPreset, options: { darkModeSelector: '.desk-dark-mode' } },
    locale: primeVueLocale(REGION)
  })
  .use(ToastService)
  .use(ConfirmationService)
  .mount('#app')
