import { computed, ref, type ComputedRef } from 'vue'

/**
 * Whether a form's values differ from those last loaded or saved: a JSON snapshot of them,
 * taken again by `markClean` (once loaded, once saved).
 */
export function useDirtySnapshot(values: () => unknown): { changed: ComputedRef<boolean>; markClean(): void } {
  const snapshot = ref(JSON.stringify(values()))
  const changed = computed(() => JSON.stringify(values()) !== snapshot.value)
  return {
    changed,
    markClean() {
      snapshot.value = JSON.stringify(values())
    }
  }
}
