/**
 * Resolves once the frame after the current task has been painted, for work
 * a first frame can do without (what is closed, hidden or below it). A page
 * in a background tab paints no frames: the timeout then stands in, so that
 * the work is never held back for good.
 */
export function afterPaint(timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    // A task posted from the frame's callback runs after that frame's paint.
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}
