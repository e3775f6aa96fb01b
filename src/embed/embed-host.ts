/**
 * dist/embed-host.js: for host pages that allow one script. Sizes every `<iframe data-map-embed>`
 * to the height its embed page reports (`{ type: 'map-embed:resize', height }`), believing a
 * message only from that frame's own window.
 */
addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || data.type !== 'map-embed:resize' || typeof data.height !== 'number' || !(data.height >= 0)) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-map-embed]')) {
    if (frame.contentWindow !== event.source) continue;
    // content-box: a host stylesheet's border-box would take the frame's border out of the height.
    frame.style.boxSizing = 'content-box';
    frame.style.height = `${Math.ceil(Math.min(data.height, 100_000))}px`;
  }
});
