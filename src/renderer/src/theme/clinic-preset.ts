import { definePreset } from '@primeuix/themes'
import Aura from '@primeuix/themes/aura'

/**
 * Aura, calmed down for a clinic's front desk: a muted sea-green in place of Aura's bright
 * emerald, dark enough that white text on it and it on white pass WCAG AA, and slate greys.
 */
const SEA_GREEN = {
  50: '#f0f7f6',
  100: '#d9ecea',
  200: '#b4d9d5',
  300: '#86bfba',
  400: '#5a9f9a',
  500: '#3f827e',
  600: '#316a67',
  700: '#295654',
  800: '#234645',
  900: '#1e3a3a',
  950: '#0f2222'
}

export const clinicPreset = definePreset(Aura, {
  semantic: {
    primary: {
      ...SEA_GREEN,
      color: '{primary.600}',
      contrastColor: '#ffffff',
      hoverColor: '{primary.700}',
      activeColor: '{primary.800}'
    },
    typography: { fontSize: '0.9375rem' },
    focusRing: { width: '2px', style: 'solid', color: '{primary.500}', offset: '2px' },
    highlight: {
      background: '{primary.50}',
      focusBackground: '{primary.100}',
      color: '{primary.800}',
      focusColor: '{primary.900}'
    },
    formField: {
      paddingX: '0.75rem',
      paddingY: '0.5rem',
      invalidBorderColor: '{red.600}'
    },
    text: { mutedColor: '{surface.600}' }
  }
})
