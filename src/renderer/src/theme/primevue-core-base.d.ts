// PrimeVue ships no types for its record of the style sheets it has put in the page.
declare module '@primevue/core/base' {
  const Base: { clearLoadedStyleNames(): void }
  export default Base
}
