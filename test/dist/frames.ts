/**
 * Frames for the embed page tests: built pages served through the test server's agent route
 * (/__test/agent/…, with the probe and test/dist/frame-agent.js), on this hostname or the other
 * one, sandboxed or not, and the messages they post.
 */
import { waitUntil } from '../helpers/wait.js';

/** The same server under its other name (localhost ↔ 127.0.0.1): a cross-origin frame. */
export function otherOrigin(): string {
  const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${location.protocol}//${other}:${location.port}`;
}

/**
 * A built page through the test server's agent route, under the strict policy unless `csp` is
 * false (needed in a sandbox without allow-same-origin: see test/server/test-server.js).
 */
export function agentUrl(page: string, query = '', origin = location.origin, csp = true): string {
  return `${origin}/__test/${csp ? 'agent' : 'agent-no-csp'}/dist/${page}${query}`;
}

export interface Frame {
  frame: HTMLIFrameElement;
  /** Every message this frame's window posted to this page, in order. */
  messages: unknown[];
  resizes(): number[];
  remove(): void;
}

const frames = new Set<Frame>();

/** An iframe on this page with `src` and attributes; records the messages its window posts. */
export function openFrame(src: string, attributes: Record<string, string> = {}, container: Node = document.body): Frame {
  const frame = document.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  const messages: unknown[] = [];
  const listener = (event: MessageEvent) => {
    if (event.source === frame.contentWindow) messages.push(event.data);
  };
  addEventListener('message', listener);
  frame.src = src;
  container.appendChild(frame);
  const opened: Frame = {
    frame,
    messages,
    resizes: () =>
      messages
        .filter((data): data is { type: string; height: number } => (data as { type?: string })?.type === 'map-embed:resize')
        .map((data) => data.height),
    remove() {
      removeEventListener('message', listener);
      frame.remove();
      frames.delete(opened);
    },
  };
  frames.add(opened);
  return opened;
}

export function removeFrames(): void {
  for (const frame of [...frames]) frame.remove();
}

export interface AgentReply {
  clicked: boolean;
  tag: string | null;
  /** The element has not rendered yet, or shows its loading state. */
  loading: boolean;
  text: string;
  pressed: string | null;
  scrollHeight: number;
  clientHeight: number;
  warnings: string[];
  errors: string[];
}

let requests = 0;

/** Asks frame-agent.js inside the frame; resolves with its answer. */
export function ask(frame: Frame, agent: 'read' | 'click', selector?: string): Promise<AgentReply> {
  const id = ++requests;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the frame's agent did not answer "${agent}"`)), 1500);
    const listener = (event: MessageEvent) => {
      const data = event.data as (AgentReply & { id?: number }) | null;
      if (event.source !== frame.frame.contentWindow || data?.id !== id) return;
      clearTimeout(timer);
      removeEventListener('message', listener);
      resolve(data);
    };
    addEventListener('message', listener);
    frame.frame.contentWindow!.postMessage({ agent, id, selector }, '*');
  });
}

/** Waits until the agent's answer passes `test`; returns that answer. */
export async function askUntil(frame: Frame, test: (reply: AgentReply) => boolean, message: string, timeout = 10_000): Promise<AgentReply> {
  let last: AgentReply | undefined;
  try {
    await waitUntil(
      async () => {
        try {
          last = await ask(frame, 'read');
        } catch {
          return false;
        }
        return test(last);
      },
      message,
      { timeout, interval: 100 },
    );
  } catch {
    throw new Error(`${message}; last answer: ${JSON.stringify(last)}`);
  }
  return last!;
}
