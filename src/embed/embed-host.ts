/**
 * dist/embed-host.js: for host pages that allow one script. Sizes every `<iframe data-map-embed>`
 * to the height its embed page reports (resize-message.ts), believing a message only from that
 * frame's own window.
 */
import { reportedHeight } from './resize-message.js';

addEventListener('message', (event: MessageEvent) => {
  const height = reportedHeight(event.data);
  if (height === undefined) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-map-embed]')) {
    if (frame.contentWindow !== event.source) continue;
    // content-box: a host stylesheet's border-box would take the frame's border out of the height.
    frame.style.boxSizing = 'content-box';
    frame.style.height = `${height}px`;
  }
});
