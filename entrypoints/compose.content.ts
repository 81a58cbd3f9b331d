import { defineContentScript } from 'wxt/utils/define-content-script';
import { COMPOSE_MATCHES } from '@/lib/sites';

export default defineContentScript({
  matches: [...COMPOSE_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  main() {},
});
