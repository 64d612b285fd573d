import { COMMON_DEVICE_LABELS, CONCERN_LABELS, LANGUAGE_LABELS, ZONE_LABELS } from '@shared/register/vocabulary'

/** The shared vocabulary's English labels, keyed as the register stores them. */
export default {
  zone: ZONE_LABELS,
  concern: CONCERN_LABELS,
  language: LANGUAGE_LABELS,
  device: COMMON_DEVICE_LABELS,
  skinType: 'Type {type}'
}
