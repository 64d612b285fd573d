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

// Aura writes message, toast and tag text in the 600 shade (700 for tags), under 4.5:1 on
// their pale backgrounds: one or two shades darker reads at a glance and passes WCAG AA.
const SEVERITY_HUES = { info: 'blue', success: 'green', warn: 'yellow', error: 'red' } as const

function bySeverity<T>(tokens: (hue: string) => T): Record<keyof typeof SEVERITY_HUES, T> {
  const [info, success, warn, error] = Object.values(SEVERITY_HUES).map(tokens) as [T, T, T, T]
  return { info, success, warn, error }
}

export const clinicPreset = definePreset(Aura, {
  // Aura keeps colours per colour scheme; the desk is light only.
  components: {
    message: {
      colorScheme: {
        light: bySeverity((hue) => ({
          color: `{${hue}.800}`,
          simple: { color: `{${hue}.700}` },
          outlined: { color: `{${hue}.700}`, borderColor: `{${hue}.700}` }
        }))
      }
    },
    toast: { colorScheme: { light: bySeverity((hue) => ({ color: `{${hue}.800}` })) } },
    tag: { colorScheme: { light: { warn: { color: '{orange.800}' }, danger: { color: '{red.800}' } } } },
    // Aura's unchosen options read in the 500 grey (under 4.5:1), and the chosen one differs only
    // by a white tile: a yes or no given is seen at a glance, in the clinic's green.
    togglebutton: {
      colorScheme: {
        light: {
          root: { color: '{surface.700}', hoverColor: '{surface.900}', checkedColor: '#ffffff' },
          content: { checkedBackground: '{primary.600}' },
          icon: { color: '{surface.700}', hoverColor: '{surface.900}', checkedColor: '#ffffff' }
        }
      }
    },
    // The red of "Archive" and "Leave without saving", dark enough for white text.
    button: {
      colorScheme: {
        light: {
          root: {
            danger: {
              background: '{red.700}',
              hoverBackground: '{red.800}',
              activeBackground: '{red.900}',
              borderColor: '{red.700}',
              hoverBorderColor: '{red.800}',
              activeBorderColor: '{red.900}',
              focusRing: { color: '{red.700}' }
            }
          }
        }
      }
    }
  },
  semantic: {
    primary: SEA_GREEN,
    typography: { fontSize: '0.9375rem' },
    focusRing: { width: '2px', style: 'solid', color: '{primary.500}', offset: '2px' },
    formField: { paddingX: '0.75rem', paddingY: '0.5rem' },
    colorScheme: {
      light: {
        primary: {
          color: '{primary.600}',
          contrastColor: '#ffffff',
          hoverColor: '{primary.700}',
          activeColor: '{primary.800}'
        },
        highlight: {
          background: '{primary.50}',
          focusBackground: '{primary.100}',
          color: '{primary.800}',
          focusColor: '{primary.900}'
        },
        formField: { invalidBorderColor: '{red.600}' },
        text: { mutedColor: '{surface.600}' }
      }
    }
  }
})
