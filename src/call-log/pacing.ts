/**
 * Long work in short slices, so that the page stays responsive while a large
 * file is read: after about `SLICE_MS` of work the pipeline lets the browser
 * handle input and paint before going on.
 */

/** Work between two yields; well under the 50 ms of a long task. */
const SLICE_MS = 10;

/**
 * Gives the event loop a turn, through a message: every task already queued
 * (input, the page's own timers) runs first. Not `scheduler.yield`, which
 * resumes ahead of the page's timers and so would hold them back for the
 * whole import; not a timer, clamped to 4 ms when nested and throttled in
 * background tabs.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}

/** A pause to call between steps of work: yields once a slice is used up, and stops when `signal` aborts. */
export function pacer(signal?: AbortSignal): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    signal?.throwIfAborted();
    if (performance.now() - sliceStart < SLICE_MS) return;
    await yieldToEventLoop();
    signal?.throwIfAborted();
    sliceStart = performance.now();
  };
}
