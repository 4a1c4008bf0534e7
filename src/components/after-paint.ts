/**
 * Resolves once the frame after the current task has been painted, for work
 * a first frame can do without (what is closed, hidden or below it). A page
 * in a background tab paints no frames: there, and should frames stop for a
 * second, a timeout stands in, so that the work is never held back for good.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
    const timer = setTimeout(resolve, hidden ? 0 : 1000);
    if (hidden) return;
    // A task posted from the frame's callback runs after that frame's paint.
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}
