/**
 * Admin sign-in state, all of it on the server: random session ids (the cookie holds nothing
 * else), an idle and an absolute expiry, removal at sign-out; and a throttle on failed attempts.
 * Kept in memory: a restart signs everyone out, which is the safe direction.
 */
import { randomBytes } from 'node:crypto';

export interface Session {
  /** Who signed in: the e-mail or name from the identity provider, or "admin token". */
  user: string;
  created: number;
  seen: number;
}

export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_MAX_MS = 8 * 60 * 60_000;
/** Sessions kept at most; the oldest goes first (a bound on memory, not a limit anyone meets). */
const SESSION_CAP = 1000;

export function sessionStore(now: () => number) {
  const sessions = new Map<string, Session>();
  const live = (s: Session, t: number) => t - s.seen < SESSION_IDLE_MS && t - s.created < SESSION_MAX_MS;
  return {
    /** Starts a session and returns its id (256 random bits, base64url). */
    start(user: string): string {
      const t = now();
      for (const [id, s] of sessions) if (!live(s, t) || sessions.size >= SESSION_CAP) sessions.delete(id);
      const id = randomBytes(32).toString('base64url');
      sessions.set(id, { user, created: t, seen: t });
      return id;
    },
    /** The session of this id if it is live (and marks it used), else undefined. */
    get(id: string | undefined): Session | undefined {
      if (!id) return undefined;
      const s = sessions.get(id);
      const t = now();
      if (!s) return undefined;
      if (!live(s, t)) {
        sessions.delete(id);
        return undefined;
      }
      s.seen = t;
      return s;
    },
    end(id: string | undefined): void {
      if (id) sessions.delete(id);
    },
  };
}

export const FAILURE_WINDOW_MS = 15 * 60_000;
/** Failed sign-ins (or wrong Bearer tokens) from one address within the window before 429. */
export const FAILURE_LIMIT = 5;
const THROTTLE_CAP = 10_000;

/** Counts failed attempts per client address; {@link wait} is the seconds to refuse them for. */
export function failureThrottle(now: () => number) {
  const failures = new Map<string, { start: number; count: number }>();
  const current = (client: string, t: number) => {
    const f = failures.get(client);
    return f && t - f.start < FAILURE_WINDOW_MS ? f : undefined;
  };
  return {
    /** Seconds this client must wait before trying again, or 0. */
    wait(client: string): number {
      const t = now();
      const f = current(client, t);
      return f && f.count >= FAILURE_LIMIT ? Math.max(1, Math.ceil((f.start + FAILURE_WINDOW_MS - t) / 1000)) : 0;
    },
    /** Records a failure; returns the number within the window. */
    fail(client: string): number {
      const t = now();
      const f = current(client, t) ?? { start: t, count: 0 };
      f.count++;
      failures.delete(client);
      failures.set(client, f);
      // Oldest first: stop at the first one still in its window; and never more than the cap.
      for (const [key, old] of failures) {
        if (t - old.start < FAILURE_WINDOW_MS && failures.size <= THROTTLE_CAP) break;
        failures.delete(key);
      }
      return f.count;
    },
  };
}
