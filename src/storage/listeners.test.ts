import { expect } from '@open-wc/testing';
import { listen, notify, type Listeners } from './listeners.js';

/** Runs `fn` with window.reportError replaced, and returns what was reported. */
function reported(fn: () => void): unknown[] {
  const errors: unknown[] = [];
  const original = globalThis.reportError;
  globalThis.reportError = (error: unknown) => errors.push(error);
  try {
    fn();
  } finally {
    globalThis.reportError = original;
  }
  return errors;
}

describe('listeners (src/storage/listeners.ts)', () => {
  it('calls only the listeners of the key notified, until each is removed', () => {
    const listeners: Listeners<string, number> = new Map();
    const heard: string[] = [];
    const stopA = listen(listeners, 'a', (n) => heard.push(`a1:${n}`));
    listen(listeners, 'a', (n) => heard.push(`a2:${n}`));
    listen(listeners, 'b', (n) => heard.push(`b:${n}`));
    notify(listeners.get('a'), () => 1);
    expect(heard).to.deep.equal(['a1:1', 'a2:1']);
    stopA();
    notify(listeners.get('a'), () => 2);
    expect(heard).to.deep.equal(['a1:1', 'a2:1', 'a2:2']);
  });

  it('forgets a key with its last listener, and removing twice is harmless', () => {
    const listeners: Listeners<string, number> = new Map();
    const stop1 = listen(listeners, 'k', () => {});
    const stop2 = listen(listeners, 'k', () => {});
    stop1();
    expect([...listeners.keys()]).to.deep.equal(['k']);
    stop2();
    stop2();
    expect(listeners.size).to.equal(0);
    // A removal from a set already replaced leaves the new set alone.
    const stopOld = listen(listeners, 'k', () => {});
    stopOld();
    const heard: number[] = [];
    listen(listeners, 'k', (n) => heard.push(n));
    stopOld();
    notify(listeners.get('k'), () => 3);
    expect(heard).to.deep.equal([3]);
  });

  it('the same function added twice under one key is called once', () => {
    const listeners: Listeners<string, number> = new Map();
    let calls = 0;
    const listener = () => calls++;
    listen(listeners, 'k', listener);
    listen(listeners, 'k', listener);
    notify(listeners.get('k'), () => 0);
    expect(calls).to.equal(1);
  });

  it('asks for the argument once per listener, so each can get its own copy', () => {
    const listeners: Listeners<string, { n: number }> = new Map();
    const seen: { n: number }[] = [];
    listen(listeners, 'k', (value) => {
      seen.push(value);
      value.n = 99;
    });
    listen(listeners, 'k', (value) => seen.push(value));
    notify(listeners.get('k'), () => ({ n: 1 }));
    expect(seen[0]).to.not.equal(seen[1]);
    expect(seen[1]).to.deep.equal({ n: 1 });
  });

  it('a listener that throws is reported, and the others still hear', () => {
    const listeners: Listeners<string, number> = new Map();
    const heard: number[] = [];
    const failure = new Error('listener bug');
    listen(listeners, 'k', () => {
      throw failure;
    });
    listen(listeners, 'k', (n) => heard.push(n));
    const errors = reported(() => notify(listeners.get('k'), () => 5));
    expect(errors).to.deep.equal([failure]);
    expect(heard).to.deep.equal([5]);
  });

  it('a round reaches the listeners present when it started, whatever they add or remove', () => {
    const listeners: Listeners<string, number> = new Map();
    const heard: string[] = [];
    let stopSecond = () => {};
    listen(listeners, 'k', () => {
      heard.push('first');
      stopSecond();
      listen(listeners, 'k', () => heard.push('added'));
    });
    stopSecond = listen(listeners, 'k', () => heard.push('second'));
    notify(listeners.get('k'), () => 0);
    expect(heard).to.deep.equal(['first', 'second']);
  });

  it('works on a plain Set and on a key nobody listens to', () => {
    const heard: number[] = [];
    let asked = 0;
    notify(new Set([(n: number) => heard.push(n)]), () => (asked++, 7));
    notify(undefined, () => (asked++, 7));
    expect(heard).to.deep.equal([7]);
    expect(asked).to.equal(1);
  });
});
