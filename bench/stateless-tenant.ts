import { believableMethods, SimulatedTenant, type SimMethod } from '../src/simulator/index.js';

/**
 * A simulated tenant that keeps no per-user state: every user "exists" and lists the believable
 * set, computed on each call. The memory benchmark uses it to separate the bot's own
 * per-conversation state from the demo simulator's (which provisions and keeps every new user,
 * by design: a demo user sees the same methods, and their removal, every time).
 * Read-only: deletes answer 404, so it serves the card path, not a reset.
 */
export class StatelessTenant extends SimulatedTenant {
  override hasUser(): boolean {
    return true;
  }

  override ensureUser(): boolean {
    return true;
  }

  override visibleMethods(userId: string): SimMethod[] {
    return believableMethods(userId).methods;
  }

  override methodsOf(userId: string): SimMethod[] {
    return believableMethods(userId).methods;
  }

  override deleteMethod(): { kind: 'notFound' } {
    return { kind: 'notFound' };
  }
}
